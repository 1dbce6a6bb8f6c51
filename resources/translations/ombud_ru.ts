<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
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
            <translation>Добавьте даты ваших обращений в USCIS, чтобы увидеть, как это к вам относится.</translation>
        </message>
        <message>
            <source>Your most recent contact: %1 (%2 days ago).</source>
            <translation>Ваше последнее обращение: %1 (%2 дн. назад).</translation>
        </message>
        <message>
            <source>That is more than 90 days ago. Contact USCIS again first if you can; you may still send the form.</source>
            <translation>Это было больше 90 дней назад. Если можете, сначала снова обратитесь в USCIS; форму всё равно можно отправить.</translation>
        </message>
        <message>
            <source>USCIS has had it for less than 60 days. The Ombudsman usually expects you to wait until %1; you may still send the form, especially in an emergency.</source>
            <translation>Дело у USCIS меньше 60 дней. Омбудсмен обычно ждёт, что вы подождёте до %1; форму всё равно можно отправить, особенно в срочной ситуации.</translation>
        </message>
        <message>
            <source>These are not hard rules: nothing here stops you from going on.</source>
            <translation>Это не жёсткие правила: ничто здесь не мешает вам продолжить.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <source>Wait for the answer.</source>
            <translation>Ждите ответа.</translation>
        </message>
        <message>
            <source>Wait for the answer; ask again if none by %1.</source>
            <translation>Ждите ответа; спросите снова, если его не будет к %1.</translation>
        </message>
        <message>
            <source>Go on with “%1”.</source>
            <translation>Продолжите шаг «%1».</translation>
        </message>
        <message>
            <source>Send the package, then mark it as sent.</source>
            <translation>Отправьте пакет, затем отметьте его как отправленный.</translation>
        </message>
        <message>
            <source>Check the PDF and make the package.</source>
            <translation>Проверьте PDF и подготовьте пакет.</translation>
        </message>
    </context>
    <context>
        <name>CasePdfRenderer</name>
        <message>
            <source>“%1” is protected by a password. On the Documents step, remove it and add it again: the app then asks for its password.</source>
            <translation>Файл «%1» защищён паролем. На шаге «Документы» удалите его и добавьте снова — тогда приложение спросит пароль.</translation>
        </message>
    </context>
    <context>
        <name>CaseSession</name>
        <message>
            <source>Could not save just now. Your answers are still here; try again.</source>
            <translation>Сейчас не удалось сохранить. Ваши ответы на месте; попробуйте ещё раз.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Сменить кодовую фразу</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>&amp;Текущая кодовая фраза</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Текущая кодовая фраза</translation>
        </message>
        <message>
            <source>&amp;New passphrase (five or more words)</source>
            <translation>&amp;Новая кодовая фраза (пять слов или больше)</translation>
        </message>
        <message>
            <source>That is not the current passphrase. Try again.</source>
            <translation>Это не текущая кодовая фраза. Попробуйте ещё раз.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>(choose one)</source>
            <translation>(выберите)</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>/s/ (type your name above)</source>
            <translation>/s/ (напечатайте своё имя выше)</translation>
        </message>
        <message>
            <source>Privacy Act notice</source>
            <translation>Уведомление по Закону о неприкосновенности частной жизни (Privacy Act)</translation>
        </message>
        <message>
            <source>Why we ask: the CIS Ombudsman (6 U.S.C. 272) uses this information to look into your problem with USCIS. What happens with it: the Ombudsman shares it with USCIS, and with others only as the law and the published system-of-records notice allow. Giving it is voluntary, but without it and your consent the Ombudsman may not be able to help you.</source>
            <translation>Зачем мы спрашиваем: Омбудсмен CIS (6 U.S.C. 272) использует эти сведения, чтобы разобраться в вашей проблеме с USCIS. Что с ними будет: Омбудсмен передаёт их USCIS, а другим — только так, как позволяют закон и опубликованное уведомление о системе записей. Давать их добровольно, но без них и без вашего согласия Омбудсмен, возможно, не сможет помочь.</translation>
        </message>
        <message>
            <source>Because this case involves T, U, VAWA, asylee or refugee status, the law protects your information specially. The Ombudsman needs a signature in ink: print the form, sign it by hand, and scan or photograph it. A drawn or typed signature cannot be used.</source>
            <translation>Так как дело связано со статусом T, U, VAWA, убежища или беженца, закон особо защищает ваши сведения. Омбудсмену нужна подпись ручкой: распечатайте форму, подпишите её от руки и отсканируйте или сфотографируйте. Нарисованную или напечатанную подпись использовать нельзя.</translation>
        </message>
        <message>
            <source>Print and sign: the finished form is printed with an empty signature line. Sign it in ink, then scan or photograph the signed page and add it as a document, or send the paper.</source>
            <translation>Распечатать и подписать: готовая форма печатается с пустой строкой для подписи. Подпишите ручкой, затем отсканируйте или сфотографируйте подписанную страницу и добавьте её как документ или отправьте бумагу.</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>&amp;Стереть подпись</translation>
        </message>
        <message>
            <source>Erases the drawn signature so you can sign again.</source>
            <translation>Стирает нарисованную подпись, чтобы подписать снова.</translation>
        </message>
        <message>
            <source>Typed signature</source>
            <translation>Напечатанная подпись</translation>
        </message>
    </context>
    <context>
        <name>DestinationsView</name>
        <message>
            <source>Check before sending: the Ombudsman's office changed how it operates in 2025, so these contact details may be out of date. Confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>Проверьте перед отправкой: в 2025 году офис Омбудсмена изменил порядок работы, поэтому эти контакты могут быть устаревшими. Подтвердите их на www.dhs.gov/cisombudsman, когда у вас будет интернет.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Телефон (бесплатный)</translation>
        </message>
        <message>
            <source>(last checked {date})</source>
            <translation>(последняя проверка: {date})</translation>
        </message>
        <message>
            <source>Older brochures say: {value}</source>
            <translation>В старых брошюрах: {value}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Источник: {source}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Choose copies of your documents</source>
            <translation>Выберите копии ваших документов</translation>
        </message>
        <message>
            <source>Documents (%1);;All files (*)</source>
            <translation>Документы (%1);;Все файлы (*)</translation>
        </message>
        <message>
            <source>The notice's values are on the applications step.</source>
            <translation>Данные из уведомления перенесены на шаг заявлений.</translation>
        </message>
        <message>
            <source>Adding %1 (encrypted)…</source>
            <translation>Добавляется %1 (в зашифрованном виде)…</translation>
        </message>
        <message>
            <source>“%1” was not added.</source>
            <translation>Файл «%1» не добавлен.</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Этот файл не удалось добавить. Ничего не изменилось; попробуйте другой.</translation>
        </message>
        <message>
            <source>Added. It is kept encrypted with this case.</source>
            <translation>Добавлено. Файл хранится в зашифрованном виде вместе с этим делом.</translation>
        </message>
        <message>
            <source>Remove this document?</source>
            <translation>Убрать этот документ?</translation>
        </message>
        <message>
            <source>“%1” will be taken out of this case and its encrypted copy deleted. Your own file is not touched: you can add it again later.</source>
            <translation>«%1» будет убран из этого дела, а его зашифрованная копия удалена. Ваш собственный файл не затрагивается: его можно добавить снова позже.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n страница</numerusform>
                <numerusform>%1 — %n страницы</numerusform>
                <numerusform>%1 — %n страниц</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this document</source>
            <translation>Убрать этот документ</translation>
        </message>
        <message>
            <source>Remove document %1</source>
            <translation>Убрать документ %1</translation>
        </message>
        <message>
            <source>Deletes the encrypted copy from this case. Your own file is not touched.</source>
            <translation>Удаляет зашифрованную копию из этого дела. Ваш собственный файл не затрагивается.</translation>
        </message>
        <message>
            <source>The Ombudsman does not return papers. Add copies of USCIS notices and of what you sent USCIS; your own files are not changed.</source>
            <translation>Омбудсмен не возвращает бумаги. Добавьте копии уведомлений USCIS и того, что вы отправляли в USCIS; ваши собственные файлы не меняются.</translation>
        </message>
        <message>
            <source>&amp;Add documents…</source>
            <translation>&amp;Добавить документы…</translation>
        </message>
        <message>
            <source>Opens a window to choose PDF files or photos of your documents.</source>
            <translation>Открывает окно, чтобы выбрать PDF-файлы или фотографии документов.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Прочитать уведомление USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a notice USCIS sent you, for the applications step, and can keep the notice here as a document received from USCIS.</source>
            <translation>Считывает номер квитанции, дату получения и номер формы с фото, скана или PDF уведомления, которое вам прислала USCIS, для шага заявлений, и может сохранить уведомление здесь как документ, полученный от USCIS.</translation>
        </message>
        <message>
            <source>Or drag files from your folders onto this page.</source>
            <translation>Или перетащите файлы из папок на эту страницу.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Cancel adding the document</source>
            <translation>Отменить добавление документа</translation>
        </message>
        <message>
            <source>Adding the document</source>
            <translation>Документ добавляется</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Send</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <source>The form still has problems (listed above). Fix them, then try again.</source>
            <translation>В форме ещё есть проблемы (список выше). Исправьте их и попробуйте снова.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Готово.</translation>
        </message>
        <message>
            <source>The package is ready: {path}</source>
            <translation>Пакет готов: {path}</translation>
        </message>
        <message>
            <source>Follow README.txt in it, step by step.</source>
            <translation>Следуйте файлу README.txt внутри, шаг за шагом.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Отменено. Ничего не сохранено.</translation>
        </message>
        <message>
            <source>Where to save the package</source>
            <translation>Куда сохранить пакет</translation>
        </message>
        <message>
            <source>No program on this computer could open the folder. Open it yourself in your file manager: %1</source>
            <translation>Ни одна программа на этом компьютере не смогла открыть папку. Откройте её сами в файловом менеджере: %1</translation>
        </message>
        <message>
            <source>No mail program is set up on this computer. Write the email in your webmail or on another computer, with the files from: %1</source>
            <translation>На этом компьютере не настроена почтовая программа. Напишите письмо в веб-почте или на другом компьютере, приложив файлы из: %1</translation>
        </message>
        <message>
            <source>Make the package to send your request. Everything stays on this computer: you carry the package to a computer that is online, or print it.</source>
            <translation>Создайте пакет, чтобы отправить запрос. Всё остаётся на этом компьютере: отнесите пакет на компьютер с интернетом или распечатайте его.</translation>
        </message>
        <message>
            <source>Where it goes</source>
            <translation>Куда отправлять</translation>
        </message>
        <message>
            <source>Where it goes: the Ombudsman's addresses</source>
            <translation>Куда отправлять: адреса Омбудсмена</translation>
        </message>
        <message>
            <source>Shows or hides the email address, fax number and mail address.</source>
            <translation>Показывает или скрывает адрес электронной почты, номер факса и почтовый адрес.</translation>
        </message>
        <message>
            <source>How will you send it?</source>
            <translation>Как вы будете отправлять?</translation>
        </message>
        <message>
            <source>&amp;Email (recommended): a message ready to send, with the files</source>
            <translation>&amp;Электронная почта (рекомендуется): готовое письмо с файлами</translation>
        </message>
        <message>
            <source>&amp;Fax: one PDF to fax, with a cover sheet</source>
            <translation>&amp;Факс: один PDF для факса, с титульным листом</translation>
        </message>
        <message>
            <source>&amp;Mail: pages to print and post (can take up to 14 days longer)</source>
            <translation>&amp;Почта: страницы для печати и отправки (может занять до 14 дней дольше)</translation>
        </message>
        <message>
            <source>As one &amp;zip file</source>
            <translation>Одним &amp;zip-файлом</translation>
        </message>
        <message>
            <source>One file instead of a folder</source>
            <translation>Один файл вместо папки</translation>
        </message>
        <message>
            <source>Also as a &amp;TIFF file for fax services</source>
            <translation>Также файлом &amp;TIFF для факс-сервисов</translation>
        </message>
        <message>
            <source>Some fax services and fax modems want TIFF instead of PDF</source>
            <translation>Некоторые факс-сервисы и факс-модемы требуют TIFF вместо PDF</translation>
        </message>
        <message>
            <source>Largest email: </source>
            <translation>Самое большое письмо: </translation>
        </message>
        <message>
            <source>Largest email size in megabytes</source>
            <translation>Наибольший размер письма в мегабайтах</translation>
        </message>
        <message>
            <source>Folder to save the package in</source>
            <translation>Папка для пакета</translation>
        </message>
        <message>
            <source>Bigger documents are split over several emails of at most this size.</source>
            <translation>Большие документы делятся на несколько писем не больше этого размера.</translation>
        </message>
        <message>
            <source>Type a folder, or use Choose folder to pick one.</source>
            <translation>Введите папку или нажмите «Выбрать папку».</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>Сохранить в:</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>В&amp;ыбрать папку…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>Выберите папку</translation>
        </message>
        <message>
            <source>The package is the only thing Ombud Desktop saves without encryption: anyone with this computer or USB stick can read it. Delete it once it is sent.</source>
            <translation>Пакет — единственное, что Ombud Desktop сохраняет без шифрования: его может прочитать любой, у кого есть этот компьютер или флешка. Удалите его после отправки.</translation>
        </message>
        <message>
            <source>Make the &amp;package</source>
            <translation>Создать &amp;пакет</translation>
        </message>
        <message>
            <source>Start the export</source>
            <translation>Начать экспорт</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Отмена</translation>
        </message>
        <message>
            <source>Stop; nothing is saved</source>
            <translation>Остановить; ничего не сохраняется</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>&amp;Открыть папку</translation>
        </message>
        <message>
            <source>Show the package</source>
            <translation>Показать пакет</translation>
        </message>
        <message>
            <source>Open my &amp;mail program</source>
            <translation>Открыть мою &amp;почтовую программу</translation>
        </message>
        <message>
            <source>Starts a new message; attach the files from the folder</source>
            <translation>Создаёт новое письмо; приложите файлы из папки</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Пе&amp;чать…</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>Напечатать пакет для почты</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>The Ombudsman reads English. If you can, write this answer in English or ask someone to help you. An answer in your own language is still better than no answer.</source>
            <translation>Омбудсмен читает по-английски. Если можете, напишите этот ответ по-английски или попросите кого-нибудь помочь. Ответ на вашем языке всё равно лучше, чем никакого ответа.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (обязательно)</translation>
        </message>
        <message>
            <source>%1 (worth answering)</source>
            <translation>%1 (желательно ответить)</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>например, %1</translation>
        </message>
    </context>
    <context>
        <name>FilingBox</name>
        <message>
            <source>Remove %1 %2</source>
            <translation>Убрать %1 %2</translation>
        </message>
        <message>
            <source>Takes this row out of the list. The other rows keep their answers.</source>
            <translation>Убирает эту строку из списка. Остальные строки сохраняют свои ответы.</translation>
        </message>
    </context>
    <context>
        <name>FilingsPage</name>
        <message>
            <source>%1 %2 was removed (%3).</source>
            <translation>Убрано: %1 %2 (%3).</translation>
        </message>
        <message>
            <source>no receipt number</source>
            <translation>без номера квитанции</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>Puts the removed application back, with its answers.</source>
            <translation>Возвращает убранное заявление вместе с ответами.</translation>
        </message>
        <message>
            <source>&amp;Add another application or petition</source>
            <translation>&amp;Добавить ещё одно заявление или петицию</translation>
        </message>
        <message>
            <source>Adds an empty row for one more form you filed with USCIS.</source>
            <translation>Добавляет пустую строку для ещё одной формы, поданной в USCIS.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Прочитать уведомление USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a USCIS notice, on this computer. You check them before they are used.</source>
            <translation>Считывает номер квитанции, дату получения и номер формы с фото, скана или PDF уведомления USCIS прямо на этом компьютере. Перед использованием вы их проверяете.</translation>
        </message>
        <message>
            <source>Tip: you can paste several receipt numbers into one box at once; each gets its own row. Spaces and dashes are removed for you.</source>
            <translation>Совет: можно вставить сразу несколько номеров квитанций в одно поле; каждый получит свою строку. Пробелы и дефисы убираются сами.</translation>
        </message>
    </context>
    <context>
        <name>FinishPanel</name>
        <message>
            <source>What happens next</source>
            <translation>Что дальше</translation>
        </message>
        <message>
            <source>1. Send it: open your mail program (or webmail), attach the files from the package folder and send the message to the address in README.txt.</source>
            <translation>1. Отправьте: откройте почтовую программу (или веб-почту), приложите файлы из папки пакета и отправьте письмо на адрес из README.txt.</translation>
        </message>
        <message>
            <source>1. Send it: fax the PDF in the package folder to the number in README.txt, and keep the fax confirmation page.</source>
            <translation>1. Отправьте: отправьте PDF из папки пакета по факсу на номер из README.txt и сохраните лист подтверждения факса.</translation>
        </message>
        <message>
            <source>1. Send it: print the mail packet, sign where it says so, and post it to the address in README.txt. Mail to the government can take up to 14 days longer.</source>
            <translation>1. Отправьте: распечатайте почтовый комплект, подпишите, где указано, и отправьте по адресу из README.txt. Почта в государственные органы может идти до 14 дней дольше.</translation>
        </message>
        <message>
            <source>2. Record it: once it is sent, fill in “After sending” below and press “Mark as sent”. The case list then shows it as sent, with the date.</source>
            <translation>2. Отметьте: после отправки заполните «После отправки» ниже и нажмите «Отметить как отправленное». В списке дел оно будет показано как отправленное, с датой.</translation>
        </message>
        <message>
            <source>3. Wait for an answer: no time is promised. Save the reminders below: they remind you after 30 and after 90 days. Keep answering any letter from USCIS meanwhile.</source>
            <translation>3. Ждите ответа: срок не обещан. Сохраните напоминания ниже: они напомнят через 30 и через 90 дней. Тем временем продолжайте отвечать на письма USCIS.</translation>
        </message>
        <message>
            <source>4. If nothing comes: after 30 days, write or call the Ombudsman's office (addresses under “Where it goes”) with the receipt number and the date you sent it. Do not send the same request twice.</source>
            <translation>4. Если ничего не пришло: через 30 дней напишите или позвоните в офис Омбудсмена (адреса в разделе «Куда отправлять»), назвав номер квитанции и дату отправки. Не отправляйте одну и ту же просьбу дважды.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>The computer's password store did not keep the key: its window was closed or it said no. Nothing was set up. Choose a passphrase below instead, or choose the password store again to retry.</source>
            <translation>Хранилище паролей компьютера не сохранило ключ: его окно закрыли или оно отказало. Ничего не настроено. Выберите ниже кодовую фразу или снова выберите хранилище паролей, чтобы попробовать ещё раз.</translation>
        </message>
        <message>
            <source>Welcome to Ombud Desktop</source>
            <translation>Добро пожаловать в Ombud Desktop</translation>
        </message>
        <message>
            <source>Your cases will be kept encrypted on this computer. Choose how to lock them.</source>
            <translation>Ваши дела будут храниться на этом компьютере в зашифрованном виде. Выберите, как их запирать.</translation>
        </message>
        <message>
            <source>With a passphrase I type each time (best on a shared computer)</source>
            <translation>Кодовой фразой, которую я ввожу каждый раз (лучше всего на общем компьютере)</translation>
        </message>
        <message>
            <source>Nobody can open the cases without the passphrase.</source>
            <translation>Без кодовой фразы никто не сможет открыть дела.</translation>
        </message>
        <message>
            <source>With this computer's password store (keyring)</source>
            <translation>Хранилищем паролей этого компьютера (связка ключей)</translation>
        </message>
        <message>
            <source>Anyone who can log in to this computer account can open the cases.</source>
            <translation>Любой, кто может войти в эту учётную запись, сможет открыть дела.</translation>
        </message>
        <message>
            <source>If you choose it, the computer may ask for its own password (often the one you log in with) to open its password store.</source>
            <translation>Если выбрать его, компьютер может спросить свой собственный пароль (часто тот, с которым вы входите в систему), чтобы открыть хранилище паролей.</translation>
        </message>
        <message>
            <source>No secure password store was found on this computer.</source>
            <translation>На этом компьютере не найдено надёжного хранилища паролей.</translation>
        </message>
        <message>
            <source>Looking for this computer's password store…</source>
            <translation>Ищем хранилище паролей этого компьютера…</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the passphrase is lost)</source>
            <translation>Создать ключ восстановления для печати (если кодовая фраза потеряется)</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the password store is lost)</source>
            <translation>Создать ключ восстановления для печати (если хранилище паролей потеряно)</translation>
        </message>
        <message>
            <source>A long code shown once. Print it or write it down and keep it safe.</source>
            <translation>Длинный код, который показывается один раз. Распечатайте или запишите его и храните надёжно.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Создать</translation>
        </message>
        <message>
            <source>Sets up the encrypted storage.</source>
            <translation>Настраивает зашифрованное хранилище.</translation>
        </message>
    </context>
    <context>
        <name>HandoffPassphraseDialog</name>
        <message>
            <source>Protect the hand-off file</source>
            <translation>Защита файла передачи</translation>
        </message>
        <message>
            <source>Open the hand-off file</source>
            <translation>Открытие файла передачи</translation>
        </message>
        <message>
            <source>Choose a passphrase for this file, and tell it to the receiver in person or by phone, never with the file. This one was made for you:</source>
            <translation>Выберите кодовую фразу для этого файла и сообщите её получателю лично или по телефону, но никогда вместе с файлом. Вот фраза, созданная для вас:</translation>
        </message>
        <message>
            <source>The passphrase of this file:</source>
            <translation>Кодовая фраза этого файла:</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Предлагаемая кодовая фраза</translation>
        </message>
        <message>
            <source>Use this passphrase</source>
            <translation>Использовать эту кодовую фразу</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Кодовая фраза</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>Введите кодовую фразу ещё раз</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>Введите кодовую фразу.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>Кодовые фразы не совпадают. Введите одну и ту же дважды.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(пока без имени)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1, способ: %2</translation>
        </message>
        <message>
            <source>due for deletion</source>
            <translation>пора удалить</translation>
        </message>
        <message>
            <source>Not edited for a long time: delete it when you no longer need it.</source>
            <translation>Давно не изменялось: удалите, когда оно больше не нужно.</translation>
        </message>
        <message>
            <source>No cases yet: start with “New case”.</source>
            <translation>Дел пока нет: начните с «Новое дело».</translation>
        </message>
        <message>
            <source>Choose a case and press Enter to open it, or start a new one.</source>
            <translation>Выберите дело и нажмите Enter, чтобы открыть, или начните новое.</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>Удалить это дело?</translation>
        </message>
        <message>
            <source>“%1” and all its documents will be destroyed for good. This cannot be undone.</source>
            <translation>«%1» и все его документы будут уничтожены навсегда. Это нельзя отменить.</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>Дело удалено.</translation>
        </message>
        <message>
            <source>Save the hand-off file</source>
            <translation>Сохранить файл передачи</translation>
        </message>
        <message>
            <source>Hand-off files (*.ombud-handoff)</source>
            <translation>Файлы передачи (*.ombud-handoff)</translation>
        </message>
        <message>
            <source>Saved. The file is encrypted with the passphrase you chose.</source>
            <translation>Сохранено. Файл зашифрован выбранной кодовой фразой.</translation>
        </message>
        <message>
            <source>Open a hand-off file</source>
            <translation>Открыть файл передачи</translation>
        </message>
        <message>
            <source>Saving the hand-off file</source>
            <translation>Сохранение файла передачи</translation>
        </message>
        <message>
            <source>Package made</source>
            <translation>Пакет готов</translation>
        </message>
        <message>
            <source>Case %1 cannot be opened: select it to see why.</source>
            <translation>Не удаётся открыть дело %1: выберите его, чтобы увидеть причину.</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Повреждено</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%1 из %2 шагов</translation>
        </message>
        <message>
            <source>Use the older copy of this case?</source>
            <translation>Использовать более старую копию этого дела?</translation>
        </message>
        <message>
            <source>The copy of case %1 in the data folder is older than the last version Ombud Desktop saved, and no newer copy is left. Use it only if you put it back yourself from a backup: what was changed after that copy was made (answers, documents, the date it was sent) is not in it.</source>
            <translation>Копия дела %1 в папке данных старше последней версии, которую сохранил Ombud Desktop, а более новой копии не осталось. Используйте её, только если вы сами вернули её из резервной копии: всего, что изменилось после её создания (ответов, документов, даты отправки), в ней нет.</translation>
        </message>
        <message>
            <source>Use this older copy</source>
            <translation>Использовать эту старую копию</translation>
        </message>
        <message>
            <source>Encrypting the case and its documents…</source>
            <translation>Шифрование дела и его документов…</translation>
        </message>
        <message>
            <source>Receiving a hand-off file</source>
            <translation>Получение файла передачи</translation>
        </message>
        <message>
            <source>Checking and adding the case…</source>
            <translation>Проверка и добавление дела…</translation>
        </message>
        <message>
            <source>The case was added to your list.</source>
            <translation>Дело добавлено в ваш список.</translation>
        </message>
        <message>
            <source>Your cases</source>
            <translation>Ваши дела</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Формы</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Ход работы</translation>
        </message>
        <message>
            <source>Next thing to do</source>
            <translation>Что сделать дальше</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a case and Enter to open it.</source>
            <translation>Выберите дело стрелками и нажмите Enter, чтобы открыть.</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>&amp;Новое дело</translation>
        </message>
        <message>
            <source>Starts an empty case.</source>
            <translation>Начинает пустое дело.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>Opens the chosen case where you left off.</source>
            <translation>Открывает выбранное дело там, где вы остановились.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>Destroys the chosen case and its documents, after asking.</source>
            <translation>Уничтожает выбранное дело и его документы после вопроса.</translation>
        </message>
        <message>
            <source>&amp;Hand off…</source>
            <translation>&amp;Передать…</translation>
        </message>
        <message>
            <source>Saves the chosen case to an encrypted file for another volunteer.</source>
            <translation>Сохраняет выбранное дело в зашифрованный файл для другого волонтёра.</translation>
        </message>
        <message>
            <source>&amp;Receive a hand-off…</source>
            <translation>П&amp;ринять передачу…</translation>
        </message>
        <message>
            <source>Adds a case from a hand-off file.</source>
            <translation>Добавляет дело из файла передачи.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>Language, automatic lock and more.</source>
            <translation>Язык, автоблокировка и другое.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Choose the language for the app. Each language is named in itself.</source>
            <translation>Выберите язык приложения. Каждый язык назван на нём самом.</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>mm/dd/yyyy</source>
            <translation>мм/дд/гггг</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Your last changes are not saved</source>
            <translation>Последние изменения не сохранены</translation>
        </message>
        <message>
            <source>Ombud Desktop could not save your last changes (see the message at the bottom of the window). If you close now, they are lost. Close anyway?</source>
            <translation>Ombud Desktop не смог сохранить последние изменения (см. сообщение внизу окна). Если закрыть сейчас, они потеряются. Всё равно закрыть?</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Быстрый выход</translation>
        </message>
        <message>
            <source>Hides everything at once. Shortcut: %1</source>
            <translation>Сразу скрывает всё. Сочетание клавиш: %1</translation>
        </message>
        <message>
            <source>Locks the app at once and hides every case. Shortcut: Ctrl+Shift+Q.</source>
            <translation>Сразу блокирует программу и скрывает все дела. Сочетание клавиш: Ctrl+Shift+Q.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseBox</name>
        <message>
            <source>Suggested passphrase: %1 — write it down before going on.</source>
            <translation>Предлагаемая кодовая фраза: %1 — запишите её, прежде чем продолжить.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type them again.</source>
            <translation>Две кодовые фразы не совпадают. Введите их снова.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Кодовая фраза</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: %1</source>
            <translation>Эту кодовую фразу слишком легко угадать: %1</translation>
        </message>
        <message>
            <source>Use five or more words that do not belong together, or press “Suggest a passphrase”.</source>
            <translation>Возьмите пять или больше не связанных между собой слов или нажмите «Предложить кодовую фразу».</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Достаточно надёжная.</translation>
        </message>
        <message>
            <source>&amp;Passphrase (five or more words)</source>
            <translation>&amp;Кодовая фраза (пять слов или больше)</translation>
        </message>
        <message>
            <source>Five or more words that do not belong together. Write it down.</source>
            <translation>Пять или больше не связанных между собой слов. Запишите её.</translation>
        </message>
        <message>
            <source>&amp;Repeat the passphrase</source>
            <translation>&amp;Повторите кодовую фразу</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Повторите кодовую фразу</translation>
        </message>
        <message>
            <source>The same passphrase again, to catch typos.</source>
            <translation>Та же кодовая фраза ещё раз, чтобы заметить опечатки.</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>Предложить кодовую фразу</translation>
        </message>
        <message>
            <source>Makes up a strong passphrase and shows it, to write down.</source>
            <translation>Придумывает надёжную кодовую фразу и показывает её, чтобы вы её записали.</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Предлагаемая кодовая фраза</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Something unexpected went wrong while reading the notice ({kind}). Nothing was changed; type the values from the notice instead.</source>
            <translation>При чтении уведомления произошла непредвиденная ошибка ({kind}). Ничего не изменено; введите данные из уведомления вручную.</translation>
        </message>
        <message>
            <source>Check on the notice: %1</source>
            <translation>Сверьте с уведомлением: %1</translation>
        </message>
        <message>
            <source>The reader is not sure of this value: compare it with the notice.</source>
            <translation>Программа не уверена в этом значении: сверьте его с уведомлением.</translation>
        </message>
        <message>
            <source>Receipt notice</source>
            <translation>Уведомление о получении</translation>
        </message>
        <message>
            <source>Transfer notice</source>
            <translation>Уведомление о передаче дела</translation>
        </message>
        <message>
            <source>Biometrics appointment</source>
            <translation>Запись на сдачу биометрии</translation>
        </message>
        <message>
            <source>Request for evidence</source>
            <translation>Запрос доказательств</translation>
        </message>
        <message>
            <source>Approval notice</source>
            <translation>Уведомление об одобрении</translation>
        </message>
        <message>
            <source>Read a USCIS notice</source>
            <translation>Прочитать уведомление USCIS</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Номер квитанции</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>Дата получения</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>Дата уведомления</translation>
        </message>
        <message>
            <source>Form number (case type)</source>
            <translation>Номер формы (тип дела)</translation>
        </message>
        <message>
            <source>Notice type</source>
            <translation>Тип уведомления</translation>
        </message>
        <message>
            <source>Priority date</source>
            <translation>Дата приоритета</translation>
        </message>
        <message>
            <source>A-Number</source>
            <translation>A-номер</translation>
        </message>
        <message>
            <source>Reading %1 on this computer…</source>
            <translation>Чтение %1 на этом компьютере…</translation>
        </message>
        <message>
            <source>No values were found in this picture. Try a sharper photo of the whole page in good light, or type the values from the notice.</source>
            <translation>На этом изображении ничего не найдено. Сделайте более чёткое фото всей страницы при хорошем освещении или введите данные из уведомления вручную.</translation>
        </message>
        <message>
            <source>Check each value against the notice and correct it if needed. Nothing is filled in until you choose “Use these”.</source>
            <translation>Сверьте каждое значение с уведомлением и при необходимости исправьте. Ничего не заполняется, пока вы не нажмёте «Использовать».</translation>
        </message>
        <message>
            <source>Characters in red may be misread. The highlighted areas show where each value was read.</source>
            <translation>Символы, выделенные красным, могли быть прочитаны неверно. Подсвеченные области показывают, где прочитано каждое значение.</translation>
        </message>
        <message>
            <source>“Use these” fills in the form number, receipt number and received date of an application. The other values are shown for you to compare.</source>
            <translation>Кнопка «Использовать» заполняет номер формы, номер квитанции и дату получения одного заявления. Остальные значения показаны для сверки.</translation>
        </message>
        <message>
            <source>Keep the notice with this case as a document (encrypted)</source>
            <translation>Сохранить уведомление в этом деле как документ (в зашифрованном виде)</translation>
        </message>
        <message>
            <source>Use these</source>
            <translation>Использовать</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Choose a photo, scan or PDF of the notice</source>
            <translation>Выберите фото, скан или PDF уведомления</translation>
        </message>
        <message>
            <source>Pictures and PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>Изображения и PDF (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>OrgHeader</name>
        <message>
            <source>Logo of %1</source>
            <translation>Логотип: %1</translation>
        </message>
        <message>
            <source>Organization logo</source>
            <translation>Логотип организации</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Где получить помощь</translation>
        </message>
        <message>
            <source>Some organization settings could not be used: the app works with its standard settings for them.</source>
            <translation>Некоторые настройки организации не удалось применить: для них приложение работает со стандартными настройками.</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Подробнее…</translation>
        </message>
        <message>
            <source>Hide this note</source>
            <translation>Скрыть это сообщение</translation>
        </message>
        <message>
            <source>Shows what is wrong in the organization settings and how to fix it.</source>
            <translation>Показывает, что не так в настройках организации и как это исправить.</translation>
        </message>
        <message>
            <source>Hides this note until the app is started again.</source>
            <translation>Скрывает это сообщение до следующего запуска приложения.</translation>
        </message>
        <message>
            <source>Some organization settings could not be used, so the app uses its standard settings for them:</source>
            <translation>Некоторые настройки организации не удалось применить, поэтому для них приложение использует стандартные настройки:</translation>
        </message>
        <message>
            <source>You can keep working. Tell whoever set up this app: they can fix the file %1 and check it with “ombud-desktop org-config”.</source>
            <translation>Можно продолжать работу. Сообщите тому, кто установил приложение: он может исправить файл %1 и проверить его командой «ombud-desktop org-config».</translation>
        </message>
        <message>
            <source>Organization settings</source>
            <translation>Настройки организации</translation>
        </message>
    </context>
    <context>
        <name>PdfPasswordBox</name>
        <message>
            <source>That password does not open “%1”. Try again, or skip this file.</source>
            <translation>Этот пароль не открывает «%1». Попробуйте ещё раз или пропустите этот файл.</translation>
        </message>
        <message>
            <source>“%1” is protected by a password. Type its password to add it: the app keeps a copy without the password, encrypted with this case.</source>
            <translation>Файл «%1» защищён паролем. Введите пароль, чтобы добавить его: приложение сохранит копию без пароля, зашифрованную вместе с этим делом.</translation>
        </message>
        <message>
            <source>Password of the PDF</source>
            <translation>Пароль PDF</translation>
        </message>
        <message>
            <source>What you type is not shown. It opens the PDF once and is not kept.</source>
            <translation>Вводимые символы не показываются. Пароль используется один раз, чтобы открыть PDF, и не сохраняется.</translation>
        </message>
        <message>
            <source>Add &amp;with this password</source>
            <translation>Добавить &amp;с этим паролем</translation>
        </message>
        <message>
            <source>Opens the PDF with this password and adds it.</source>
            <translation>Открывает PDF этим паролем и добавляет его.</translation>
        </message>
        <message>
            <source>S&amp;kip this file</source>
            <translation>&amp;Пропустить этот файл</translation>
        </message>
        <message>
            <source>Does not add it.</source>
            <translation>Не добавляет его.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Previous page</source>
            <translation>&amp;Предыдущая страница</translation>
        </message>
        <message>
            <source>Shows the page before.</source>
            <translation>Показывает предыдущую страницу.</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>&amp;Следующая страница</translation>
        </message>
        <message>
            <source>Shows the page after.</source>
            <translation>Показывает следующую страницу.</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <source>Makes the pages smaller.</source>
            <translation>Уменьшает страницы.</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>У&amp;величить</translation>
        </message>
        <message>
            <source>Makes the pages larger.</source>
            <translation>Увеличивает страницы.</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>По &amp;ширине</translation>
        </message>
        <message>
            <source>Makes a page as wide as the view.</source>
            <translation>Растягивает страницу на всю ширину окна просмотра.</translation>
        </message>
        <message>
            <source>Preview of the PDF that will be sent</source>
            <translation>Предпросмотр PDF, который будет отправлен</translation>
        </message>
        <message>
            <source>The pages of the PDF. Page Up and Page Down turn the pages, the arrow keys scroll, Ctrl and + or − zoom.</source>
            <translation>Страницы PDF. Page Up и Page Down листают страницы, стрелки прокручивают, Ctrl и + или − меняют масштаб.</translation>
        </message>
        <message>
            <source>The preview could not be shown: the PDF did not load.</source>
            <translation>Не удалось показать предпросмотр: PDF не загрузился.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Страница %1 из %2</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>Предпросмотра пока нет</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewPanel</name>
        <message>
            <source>Making the preview…</source>
            <translation>Создаётся предпросмотр…</translation>
        </message>
        <message>
            <source>This is the PDF as it will be sent (marked PREVIEW until signed).</source>
            <translation>Так будет выглядеть отправленный PDF (до подписи на нём пометка PREVIEW).</translation>
        </message>
        <message>
            <source>The preview could not be made: %1</source>
            <translation>Не удалось создать предпросмотр: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the PDF</source>
            <translation>Проверка PDF</translation>
        </message>
        <message>
            <source>This is your request exactly as the Ombudsman will receive it: the form, then the list of your documents and their pages. It is marked PREVIEW; the copy made on the next step has no such marks and is signed as you chose.</source>
            <translation>Так ваше обращение увидит омбудсмен: форма, затем список ваших документов и их страницы. Здесь оно помечено PREVIEW (предпросмотр); копия, которая создаётся на следующем шаге, без этих пометок и подписана так, как вы выбрали.</translation>
        </message>
    </context>
    <context>
        <name>ProcessingTimeView</name>
        <message>
            <source>When you enter the USCIS receipt date of your application (step “Applications and petitions”), a picture here shows how long it has waited.</source>
            <translation>Когда вы введёте дату получения вашего заявления в USCIS (шаг «Заявления и петиции»), здесь появится рисунок, показывающий, сколько оно ждёт.</translation>
        </message>
        <message>
            <source>Received by USCIS</source>
            <translation>Получено USCIS</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Your case has been pending %1 months.</source>
            <translation>Ваше дело ждёт уже %1 мес.</translation>
        </message>
        <message>
            <source>Posted processing time ends</source>
            <translation>Конец опубликованного срока рассмотрения</translation>
        </message>
        <message>
            <source>That is %1 months past the posted time.</source>
            <translation>Это на %1 мес. больше опубликованного срока.</translation>
        </message>
        <message>
            <source>It is still within the posted processing time.</source>
            <translation>Это ещё в пределах опубликованного срока рассмотрения.</translation>
        </message>
        <message>
            <source>Timeline of your case</source>
            <translation>Хронология вашего дела</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Ready to send.</source>
            <translation>Готово к отправке.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) worth a look below; they do not stop you.</source>
            <translation>
                <numerusform>Ниже %n пункт, на который стоит взглянуть; он не мешает продолжить.</numerusform>
                <numerusform>Ниже %n пункта, на которые стоит взглянуть; они не мешают продолжить.</numerusform>
                <numerusform>Ниже %n пунктов, на которые стоит взглянуть; они не мешают продолжить.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not ready yet: %n answer(s) must be fixed first.</source>
            <translation>
                <numerusform>Ещё не готово: сначала нужно исправить %n ответ.</numerusform>
                <numerusform>Ещё не готово: сначала нужно исправить %n ответа.</numerusform>
                <numerusform>Ещё не готово: сначала нужно исправить %n ответов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more worth a look.</source>
            <translation>
                <numerusform>Ещё %n пункт стоит проверить.</numerusform>
                <numerusform>Ещё %n пункта стоит проверить.</numerusform>
                <numerusform>Ещё %n пунктов стоит проверить.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must fix</source>
            <translation>Нужно исправить</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Readiness report</source>
            <translation>Отчёт о готовности</translation>
        </message>
        <message>
            <source>Each line is something to fix or check. Press Enter to go to that answer.</source>
            <translation>Каждая строка — то, что нужно исправить или проверить. Нажмите Enter, чтобы перейти к этому ответу.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsPage</name>
        <message>
            <source>What you said on the step “Can the Ombudsman help?” is already ticked below. Add any other reason, or untick one that does not fit.</source>
            <translation>То, что вы указали на шаге «Может ли Омбудсмен помочь?», уже отмечено ниже. Добавьте другие причины или снимите отметку с неподходящей.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>Новый ключ восстановления</translation>
        </message>
        <message>
            <source>Closes this window.</source>
            <translation>Закрывает это окно.</translation>
        </message>
        <message>
            <source>Close without noting the key?</source>
            <translation>Закрыть, не записав ключ?</translation>
        </message>
        <message>
            <source>The recovery key is not shown again. Close anyway? (You can make another one in Settings.)</source>
            <translation>Ключ восстановления больше не будет показан. Всё равно закрыть? (Новый можно создать в настройках.)</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation>Создать новый ключ восстановления</translation>
        </message>
        <message>
            <source>Your old recovery key will stop working: throw that paper away once the new key is printed or written down. Go on?</source>
            <translation>Старый ключ восстановления перестанет работать: выбросьте тот лист, когда новый ключ будет распечатан или записан. Продолжить?</translation>
        </message>
        <message>
            <source>Your current passphrase:</source>
            <translation>Ваша текущая кодовая фраза:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <source>Group %1 of %2: %3</source>
            <translation>Группа %1 из %2: %3</translation>
        </message>
        <message>
            <source>Shown once. Print or write it down.</source>
            <translation>Показывается один раз. Распечатайте или запишите.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key down by hand, carefully, group by group.</source>
            <translation>На этом компьютере не настроен принтер. Перепишите ключ от руки, внимательно, группу за группой.</translation>
        </message>
        <message>
            <source>Nothing was saved. Choose a printer, or write it down.</source>
            <translation>Ничего не сохранено. Выберите принтер или запишите ключ от руки.</translation>
        </message>
        <message>
            <source>Ombud Desktop recovery key</source>
            <translation>Ключ восстановления Ombud Desktop</translation>
        </message>
        <message>
            <source>Keep this paper in a safe place. It opens all your cases.</source>
            <translation>Храните этот лист в надёжном месте. Он открывает все ваши дела.</translation>
        </message>
        <message>
            <source>Save the recovery key in a file?</source>
            <translation>Сохранить ключ восстановления в файл?</translation>
        </message>
        <message>
            <source>You chose to print into a file. That file is not encrypted: anyone who finds it can open all your cases. Print on paper instead, or delete the file as soon as it is printed. Save it anyway?</source>
            <translation>Вы выбрали печать в файл. Этот файл не зашифрован: любой, кто его найдёт, откроет все ваши дела. Печатайте на бумаге или удалите файл сразу после печати. Всё равно сохранить?</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Ваш ключ восстановления</translation>
        </message>
        <message>
            <source>This key opens your cases if the passphrase is forgotten. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
            <translation>Этот ключ открывает ваши дела, если кодовая фраза забыта. Он показывается только сейчас. Распечатайте или запишите его и храните подальше от этого компьютера.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Ключ восстановления</translation>
        </message>
        <message>
            <source>&amp;Print the recovery key…</source>
            <translation>&amp;Распечатать ключ восстановления…</translation>
        </message>
        <message>
            <source>Prints the key on paper.</source>
            <translation>Печатает ключ на бумаге.</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>Я распечатал(а) или записал(а) ключ восстановления</translation>
        </message>
        <message>
            <source>Needed to go on; the key is not shown again.</source>
            <translation>Нужно, чтобы продолжить; ключ больше не покажется.</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>П&amp;родолжить</translation>
        </message>
        <message>
            <source>Goes to your list of cases.</source>
            <translation>Переход к списку ваших дел.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review your answers</source>
            <translation>Проверьте ответы</translation>
        </message>
        <message>
            <source>Hi&amp;de the PDF</source>
            <translation>&amp;Скрыть PDF</translation>
        </message>
        <message>
            <source>Hides the PDF again; your answers stay as they are.</source>
            <translation>Снова скрывает PDF; ваши ответы не меняются.</translation>
        </message>
        <message>
            <source>&amp;Show the PDF as it will be sent</source>
            <translation>&amp;Показать PDF в том виде, в каком он будет отправлен</translation>
        </message>
        <message>
            <source>Shows the form and your documents as one PDF, below this button.</source>
            <translation>Показывает форму и ваши документы одним PDF под этой кнопкой.</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Ответов пока нет</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>Изменить «%1»</translation>
        </message>
        <message>
            <source>Goes to this step to change these answers.</source>
            <translation>Переход к этому шагу, чтобы изменить эти ответы.</translation>
        </message>
        <message>
            <source>Read your answers once more. Use “Change” to fix anything; you come back here with Next. Lines marked “Must fix” keep the form from being sent.</source>
            <translation>Прочитайте ответы ещё раз. Нажмите «Изменить», чтобы что-то исправить; вернётесь сюда кнопкой «Далее». Строки с пометкой «Нужно исправить» не дают отправить форму.</translation>
        </message>
        <message>
            <source>Is it ready to send?</source>
            <translation>Готово к отправке?</translation>
        </message>
        <message>
            <source>Your answers, as on the form</source>
            <translation>Ваши ответы, как в форме</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>The Ombudsman may not be able to help</source>
            <translation>Омбудсмен, возможно, не сможет помочь</translation>
        </message>
    </context>
    <context>
        <name>SentPanel</name>
        <message>
            <source>The reference holds invisible control characters ({chars}). Type it again without them.</source>
            <translation>В номере есть невидимые управляющие символы ({chars}). Введите его заново без них.</translation>
        </message>
        <message>
            <source>Could not record it just now; try again.</source>
            <translation>Сейчас не удалось записать; попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>Marked as sent on {date} by {channel}.</source>
            <translation>Отмечено как отправленное {date}, способ: {channel}.</translation>
        </message>
        <message>
            <source>Save follow-up reminders</source>
            <translation>Сохранить напоминания</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Файлы календаря (*.ics)</translation>
        </message>
        <message>
            <source>The reminders could not be saved ({reason}). Choose another folder.</source>
            <translation>Не удалось сохранить напоминания ({reason}). Выберите другую папку.</translation>
        </message>
        <message>
            <source>Reminders saved: open {path} to add them to your calendar.</source>
            <translation>Напоминания сохранены: откройте {path}, чтобы добавить их в календарь.</translation>
        </message>
        <message>
            <source>Delete the package?</source>
            <translation>Удалить пакет?</translation>
        </message>
        <message>
            <source>The package is not encrypted. Now that it is sent, delete it from this computer? (Your case stays saved in Ombud Desktop.)</source>
            <translation>Пакет не зашифрован. Он уже отправлен — удалить его с этого компьютера? (Ваше дело остаётся сохранённым в Ombud Desktop.)</translation>
        </message>
        <message>
            <source>The package was deleted.</source>
            <translation>Пакет удалён.</translation>
        </message>
        <message>
            <source>After sending</source>
            <translation>После отправки</translation>
        </message>
        <message>
            <source>Date sent:</source>
            <translation>Дата отправки:</translation>
        </message>
        <message>
            <source>Sent by:</source>
            <translation>Способ отправки:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Номер:</translation>
        </message>
        <message>
            <source>fax confirmation number, tracking number, or the email's date</source>
            <translation>номер подтверждения факса, номер отслеживания или дата письма</translation>
        </message>
        <message>
            <source>The day you emailed, faxed or mailed it.</source>
            <translation>День, когда вы отправили его по электронной почте, факсу или почте.</translation>
        </message>
        <message>
            <source>How you sent it: email, fax or mail.</source>
            <translation>Как вы отправили: электронная почта, факс или почта.</translation>
        </message>
        <message>
            <source>Mark as &amp;sent</source>
            <translation>Отметить как &amp;отправленное</translation>
        </message>
        <message>
            <source>Record that it was sent</source>
            <translation>Записать, что отправлено</translation>
        </message>
        <message>
            <source>Save &amp;reminders…</source>
            <translation>Сохранить &amp;напоминания…</translation>
        </message>
        <message>
            <source>A calendar file reminding you to follow up after 30 and 90 days</source>
            <translation>Файл календаря, который напомнит проверить ход дела через 30 и 90 дней</translation>
        </message>
        <message>
            <source>&amp;Delete the package</source>
            <translation>&amp;Удалить пакет</translation>
        </message>
        <message>
            <source>Remove the unencrypted export from this computer</source>
            <translation>Удалить незашифрованный экспорт с этого компьютера</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Никогда</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Высокий контраст</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Блокировать после стольких минут без действий</translation>
        </message>
        <message>
            <source>Hides everything when nobody touched the keyboard or mouse. 0 = never.</source>
            <translation>Скрывает всё, когда никто не трогал клавиатуру или мышь. 0 = никогда.</translation>
        </message>
        <message>
            <source>Mark cases for deletion after</source>
            <translation>Помечать дела к удалению через</translation>
        </message>
        <message>
            <source>Cases not edited for this long are marked on the case list.</source>
            <translation>Дела, которые не менялись так долго, помечаются в списке.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Размер текста</translation>
        </message>
        <message>
            <source>Makes all text bigger, up to twice the normal size.</source>
            <translation>Увеличивает весь текст, до двух раз от обычного размера.</translation>
        </message>
        <message>
            <source>Black text on white with strong lines.</source>
            <translation>Чёрный текст на белом, с чёткими линиями.</translation>
        </message>
        <message>
            <source>Change the passphrase…</source>
            <translation>Сменить кодовую фразу…</translation>
        </message>
        <message>
            <source>Add a passphrase…</source>
            <translation>Добавить кодовую фразу…</translation>
        </message>
        <message>
            <source>A new passphrase to unlock your cases; the old one stops working.</source>
            <translation>Новая кодовая фраза для разблокировки дел; старая перестаёт работать.</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>Создать новый ключ восстановления…</translation>
        </message>
        <message>
            <source>Shows a new key to print; an earlier key stops working.</source>
            <translation>Показывает новый ключ для печати; прежний перестаёт работать.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Кодовая фраза изменена.</translation>
        </message>
        <message>
            <source>The new recovery key is in force.</source>
            <translation>Новый ключ восстановления действует.</translation>
        </message>
        <message>
            <source>Ombud Desktop %1</source>
            <translation>Ombud Desktop, версия %1</translation>
        </message>
        <message>
            <source>Set up by %1.</source>
            <translation>Настроено для вас: %1.</translation>
        </message>
        <message>
            <source>Mark cases for deletion?</source>
            <translation>Отметить дела к удалению?</translation>
        </message>
        <message numerus="yes">
            <source>With a period of %1 days, %n more case(s) will be marked as due for deletion. Change the period?</source>
            <translation>
                <numerusform>При сроке %1 дн. ещё %n дело будет отмечено к удалению. Изменить срок?</numerusform>
                <numerusform>При сроке %1 дн. ещё %n дела будут отмечены к удалению. Изменить срок?</numerusform>
                <numerusform>При сроке %1 дн. ещё %n дел будут отмечены к удалению. Изменить срок?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature drawing area</source>
            <translation>Поле для подписи</translation>
        </message>
        <message>
            <source>Sign here with a mouse, pen or finger. Press Delete to clear. Without a mouse, choose the typed signature or print and sign instead.</source>
            <translation>Распишитесь здесь мышью, пером или пальцем. Нажмите Delete, чтобы стереть. Без мыши выберите напечатанную подпись или «распечатать и подписать».</translation>
        </message>
    </context>
    <context>
        <name>SignedPagePanel</name>
        <message>
            <source>Save the page to sign</source>
            <translation>Сохранить страницу для подписи</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The page could not be saved ({reason}). Choose another folder.</source>
            <translation>Не удалось сохранить страницу ({reason}). Выберите другую папку.</translation>
        </message>
        <message>
            <source>Saved in {path} (not encrypted: delete it once the signed page is added). Sign and date it in ink.</source>
            <translation>Сохранено в {path} (без шифрования: удалите файл, когда добавите подписанную страницу). Подпишите и поставьте дату чернилами.</translation>
        </message>
        <message>
            <source>Choose the scan or photo of the signed page</source>
            <translation>Выберите скан или фото подписанной страницы</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
            <translation>Сканы и фото (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Adding the signed page (encrypted)…</source>
            <translation>Добавляется подписанная страница (с шифрованием)…</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Не удалось добавить этот файл. Ничего не изменилось; попробуйте другой.</translation>
        </message>
        <message>
            <source>The signed page is added. It is kept encrypted.</source>
            <translation>Подписанная страница добавлена. Она хранится в зашифрованном виде.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax: print the page to sign, sign and date it in ink, then add a scan or a phone photo of the signed page. By mail, sign the printed form itself.</source>
            <translation>Эта форма подписывается от руки чернилами. Чтобы отправить её по электронной почте или факсу: распечатайте страницу для подписи, подпишите её и поставьте дату чернилами, затем добавьте скан или фото подписанной страницы. При отправке почтой подпишите саму распечатанную форму.</translation>
        </message>
        <message>
            <source>The signed page is added: it takes the place of the unsigned page in everything you send.</source>
            <translation>Подписанная страница добавлена: во всём, что вы отправите, она заменит неподписанную.</translation>
        </message>
        <message>
            <source>Print the page to sign</source>
            <translation>Распечатать страницу для подписи</translation>
        </message>
        <message>
            <source>The signature page with the person's name and receipt number on it</source>
            <translation>Страница подписи с именем человека и номером квитанции</translation>
        </message>
        <message>
            <source>Add the signed page</source>
            <translation>Добавить подписанную страницу</translation>
        </message>
        <message>
            <source>A scan or phone photo of the page, signed and dated in ink</source>
            <translation>Скан или фото страницы, подписанной и датированной чернилами</translation>
        </message>
    </context>
    <context>
        <name>SubmitterPage</name>
        <message>
            <source>Your saved details were filled in.</source>
            <translation>Ваши сохранённые данные заполнены.</translation>
        </message>
        <message>
            <source>Fill in your details first, then save them.</source>
            <translation>Сначала заполните свои данные, потом сохраните их.</translation>
        </message>
        <message>
            <source>Saved. New cases can be filled with these details in one step.</source>
            <translation>Сохранено. Новые дела можно заполнить этими данными за один шаг.</translation>
        </message>
        <message>
            <source>&amp;Fill in my saved details</source>
            <translation>&amp;Заполнить моими сохранёнными данными</translation>
        </message>
        <message>
            <source>Copies the details you saved before (name, organization, contact) here.</source>
            <translation>Копирует сюда данные, сохранённые раньше (имя, организация, контакты).</translation>
        </message>
        <message>
            <source>Sa&amp;ve my details for next time</source>
            <translation>Со&amp;хранить мои данные на будущее</translation>
        </message>
        <message>
            <source>Keeps these details, encrypted, to fill in new cases quickly.</source>
            <translation>Хранит эти данные в зашифрованном виде, чтобы быстро заполнять новые дела.</translation>
        </message>
    </context>
    <context>
        <name>TermHelp</name>
        <message>
            <source>What is “%1”?</source>
            <translation>Что такое «%1»?</translation>
        </message>
        <message>
            <source>Shows or hides a short explanation.</source>
            <translation>Показывает или скрывает краткое пояснение.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Type your passphrase, then press Enter.</source>
            <translation>Введите кодовую фразу и нажмите Enter.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>Кодовая фраза неверна. Проверьте Caps Lock и попробуйте снова.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Type your passphrase instead, or try the password store again.</source>
            <translation>Хранилище паролей компьютера не выдало ключ: его окно закрыли или оно отказало. Введите кодовую фразу или попробуйте хранилище паролей ещё раз.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Use your recovery key instead, or try the password store again.</source>
            <translation>Хранилище паролей компьютера не выдало ключ: его окно закрыли или оно отказало. Используйте ключ восстановления или попробуйте хранилище паролей ещё раз.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Try again, and type the computer's password when it asks.</source>
            <translation>Хранилище паролей компьютера не выдало ключ: его окно закрыли или оно отказало. Попробуйте ещё раз и введите пароль компьютера, когда он спросит.</translation>
        </message>
        <message>
            <source>Type the recovery key from your paper, then press Enter.</source>
            <translation>Введите ключ восстановления с вашего листа и нажмите Enter.</translation>
        </message>
        <message>
            <source>The new passphrase is saved. Your old recovery key no longer works.</source>
            <translation>Новая кодовая фраза сохранена. Старый ключ восстановления больше не работает.</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Выберите новую кодовую фразу</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Заблокировано</translation>
        </message>
        <message>
            <source>Ombud Desktop is locked and your cases are hidden. Unlock to go on.</source>
            <translation>Ombud Desktop заблокирован, ваши дела скрыты. Разблокируйте, чтобы продолжить.</translation>
        </message>
        <message>
            <source>Unlock your cases</source>
            <translation>Разблокируйте ваши дела</translation>
        </message>
        <message>
            <source>Your cases are kept encrypted on this computer.</source>
            <translation>Ваши дела хранятся на этом компьютере в зашифрованном виде.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Кодовая фраза</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Кодовая фраза</translation>
        </message>
        <message>
            <source>The passphrase chosen when Ombud Desktop was set up. Press Enter to unlock.</source>
            <translation>Кодовая фраза, выбранная при настройке Ombud Desktop. Нажмите Enter, чтобы разблокировать.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Разблокировать</translation>
        </message>
        <message>
            <source>Unlocks with the passphrase.</source>
            <translation>Разблокирует кодовой фразой.</translation>
        </message>
        <message>
            <source>Unlock with the &amp;system keyring</source>
            <translation>Разблокировать через &amp;связку ключей системы</translation>
        </message>
        <message>
            <source>Uses the key kept by this computer's password store.</source>
            <translation>Использует ключ из хранилища паролей этого компьютера.</translation>
        </message>
        <message>
            <source>Use the recovery &amp;key</source>
            <translation>Использовать &amp;ключ восстановления</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Opens your cases with the recovery key on paper.</source>
            <translation>Забыли кодовую фразу? Открывает дела ключом восстановления с бумаги.</translation>
        </message>
        <message>
            <source>Recovery &amp;key (groups of four letters and digits)</source>
            <translation>&amp;Ключ восстановления (группы по четыре буквы и цифры)</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Ключ восстановления</translation>
        </message>
        <message>
            <source>Type it as printed; dashes and spaces do not matter. Press Enter to open.</source>
            <translation>Вводите как напечатано; дефисы и пробелы не важны. Нажмите Enter, чтобы открыть.</translation>
        </message>
        <message>
            <source>&amp;Open with the recovery key</source>
            <translation>&amp;Открыть ключом восстановления</translation>
        </message>
        <message>
            <source>Opens your cases, then asks for a new passphrase.</source>
            <translation>Открывает дела, затем просит новую кодовую фразу.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>Back to the passphrase.</source>
            <translation>Назад к кодовой фразе.</translation>
        </message>
        <message>
            <source>Your cases are open. Now choose a new passphrase: you will type it from now on.</source>
            <translation>Ваши дела открыты. Теперь выберите новую кодовую фразу: с этого момента вы будете вводить её.</translation>
        </message>
        <message>
            <source>&amp;Save the new passphrase</source>
            <translation>&amp;Сохранить новую кодовую фразу</translation>
        </message>
        <message>
            <source>Saves it and opens your cases. Your recovery key keeps working.</source>
            <translation>Сохраняет её и открывает дела. Ключ восстановления продолжает работать.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Добро пожаловать</translation>
        </message>
        <message>
            <source>This app helps you ask the CIS Ombudsman for help with a case that is stuck or went wrong at USCIS. It fills in Form DHS-7001 with you, one question at a time, and makes a package you can email, fax or mail.</source>
            <translation>Эта программа помогает попросить помощи у Омбудсмена CIS, если дело в USCIS застряло или пошло не так. Она заполняет с вами форму DHS-7001, по одному вопросу, и готовит пакет, который можно отправить по электронной почте, факсу или почте.</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>Что вам нужно</translation>
        </message>
        <message>
            <source>• Your USCIS receipt notices (the receipt number starts with 3 letters).
• The dates you contacted USCIS and any reference numbers.
• Copies of letters from USCIS and of what you sent them. Never send originals.
• About 20 to 40 minutes. You can stop at any time: everything is saved.</source>
            <translation>• Ваши уведомления о получении от USCIS (номер квитанции начинается с 3 букв).
• Даты ваших обращений в USCIS и номера обращений.
• Копии писем от USCIS и того, что вы им отправляли. Никогда не отправляйте оригиналы.
• Примерно 20–40 минут. Можно остановиться в любой момент: всё сохраняется.</translation>
        </message>
        <message>
            <source>Your privacy</source>
            <translation>Ваша конфиденциальность</translation>
        </message>
        <message>
            <source>Everything you type and every document you add stays on this computer, encrypted. The app never uses the internet. Nothing is sent until you send it yourself. Use Quick exit (Ctrl+Shift+Q) to hide everything at once.</source>
            <translation>Всё, что вы вводите, и каждый добавленный документ остаются на этом компьютере в зашифрованном виде. Программа никогда не выходит в интернет. Ничего не отправляется, пока вы сами не отправите. Быстрый выход (Ctrl+Shift+Q) сразу скрывает всё.</translation>
        </message>
        <message>
            <source>What the Ombudsman can and cannot do</source>
            <translation>Что Омбудсмен может и чего не может</translation>
        </message>
        <message>
            <source>The Ombudsman can ask USCIS to look at a problem with your case. It cannot give legal advice or change a USCIS decision. This app is not made by the U.S. government and does not give legal advice.</source>
            <translation>Омбудсмен может попросить USCIS разобраться с проблемой в вашем деле. Он не может давать юридические советы или менять решения USCIS. Эту программу сделало не правительство США, и она не даёт юридических советов.</translation>
        </message>
    </context>
    <context>
        <name>WizardView</name>
        <message>
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Сохранено</translation>
        </message>
        <message>
            <source>Please answer this before going on: %1</source>
            <translation>Ответьте на это, прежде чем продолжить: %1</translation>
        </message>
        <message>
            <source>This step is not needed for this case.</source>
            <translation>Для этого дела этот шаг не нужен.</translation>
        </message>
        <message>
            <source>Use Next to reach this step; earlier steps come first.</source>
            <translation>Дойдите до этого шага кнопкой «Далее»; сначала идут предыдущие шаги.</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>(не нужен)</translation>
        </message>
        <message>
            <source>Step %1, “%2”, is now needed because of your answer.</source>
            <translation>Из-за вашего ответа теперь нужен шаг %1, «%2».</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Шаги</translation>
        </message>
        <message>
            <source>The steps of the form. Press Enter on a step you have visited to go back to it.</source>
            <translation>Шаги формы. Нажмите Enter на шаге, где вы уже были, чтобы вернуться к нему.</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>&amp;Главная</translation>
        </message>
        <message>
            <source>Back to the list of cases. Everything is saved.</source>
            <translation>Назад к списку дел. Всё сохранено.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Назад</translation>
        </message>
        <message>
            <source>The previous step. Nothing you typed is lost. Shortcut: Alt+Left.</source>
            <translation>Предыдущий шаг. Ничего из введённого не потеряется. Сочетание клавиш: Alt+Влево.</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Далее &gt;</translation>
        </message>
        <message>
            <source>The next step. Shortcut: Alt+Right.</source>
            <translation>Следующий шаг. Сочетание клавиш: Alt+Вправо.</translation>
        </message>
    </context>
    <context>
        <name>background_job</name>
        <message>
            <source>Something unexpected went wrong ({kind}). Your answers are safe; go back a step and try again.</source>
            <translation>Произошла непредвиденная ошибка ({kind}). Ваши ответы в сохранности; вернитесь на шаг назад и попробуйте снова.</translation>
        </message>
    </context>
    <context>
        <name>bundle_readme</name>
        <message>
            <source>Email (recommended)</source>
            <translation>Электронная почта (рекомендуется)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Факс</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>Почта</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Телефон (бесплатный)</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Request for case assistance to the CIS Ombudsman (Form DHS-7001)</source>
            <translation>Просьба к Омбудсмену CIS о помощи по делу (форма DHS-7001)</translation>
        </message>
        <message>
            <source>For: {name}. Receipt number: {receipt}. Made on {date}. Way to send: {channel}.</source>
            <translation>Для: {name}. Номер квитанции: {receipt}. Создано: {date}. Способ отправки: {channel}.</translation>
        </message>
        <message>
            <source>Prepared with the help of {organization}.</source>
            <translation>Подготовлено при помощи: {organization}.</translation>
        </message>
        <message>
            <source>Where to get help: {help}</source>
            <translation>Где получить помощь: {help}</translation>
        </message>
        <message>
            <source>Important: the files in this folder are not encrypted and hold private information. Keep them safe, and delete this folder once the request is sent.</source>
            <translation>Важно: файлы в этой папке не зашифрованы и содержат личные сведения. Храните их надёжно и удалите папку после отправки запроса.</translation>
        </message>
        <message>
            <source>The Ombudsman's office changed how it operates in 2025. These contact details may be out of date: confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>В 2025 году офис Омбудсмена изменил порядок работы. Эти контакты могут быть устаревшими: подтвердите их на www.dhs.gov/cisombudsman, когда у вас будет интернет.</translation>
        </message>
        <message>
            <source>Before you send: confirm the contact details</source>
            <translation>Перед отправкой: проверьте контактные данные</translation>
        </message>
        <message>
            <source>{label}: {value} (from: {source}; last checked {checked}).</source>
            <translation>{label}: {value} (источник: {source}; последняя проверка: {checked}).</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>Как отправить</translation>
        </message>
        <message>
            <source>What is in this folder</source>
            <translation>Что в этой папке</translation>
        </message>
        <message>
            <source>manifest.json and SHA256SUMS: every file with its size and SHA-256 checksum, to check that nothing was changed or lost on the way.</source>
            <translation>manifest.json и SHA256SUMS: каждый файл с его размером и контрольной суммой SHA-256, чтобы проверить, что ничего не изменилось и не потерялось по пути.</translation>
        </message>
        <message>
            <source>After sending: in Ombud Desktop, mark the case as sent with the date and the reference ({reference}). It makes reminders to follow up after 30 and 90 days.</source>
            <translation>После отправки: в Ombud Desktop отметьте дело как отправленное, с датой и номером ({reference}). Программа напомнит проверить ход дела через 30 и 90 дней.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>электронная почта</translation>
        </message>
        <message>
            <source>fax</source>
            <translation>факс</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>почта</translation>
        </message>
        <message>
            <source>the date you sent the email</source>
            <translation>дату отправки письма</translation>
        </message>
        <message>
            <source>the number on the fax confirmation page</source>
            <translation>номер на странице подтверждения факса</translation>
        </message>
        <message>
            <source>the tracking number, if any</source>
            <translation>номер отслеживания, если есть</translation>
        </message>
        <message>
            <source>Open {first_eml} (double-click it): your mail program opens it as a new message to {email}, with the files attached.</source>
            <translation>Откройте {first_eml} (двойным щелчком): почтовая программа откроет его как новое письмо на {email} с вложенными файлами.</translation>
        </message>
        <message>
            <source>There are {count} messages: send all of them, from part 1 to part {count}. Each one says in its text which documents it carries.</source>
            <translation>Писем {count}: отправьте все, с части 1 до части {count}. В тексте каждого сказано, какие документы в нём.</translation>
        </message>
        <message>
            <source>Check the message, then press Send.</source>
            <translation>Проверьте письмо и нажмите «Отправить».</translation>
        </message>
        <message>
            <source>If you use email in a web browser (Gmail, Outlook.com, Yahoo): write a new message to {email} with the subject "{subject}", copy into it the text of the matching message-N.txt file, attach the files it names from the folder "attachments", and send.</source>
            <translation>Если вы пользуетесь почтой в браузере (Gmail, Outlook.com, Yahoo): напишите новое письмо на {email} с темой "{subject}", скопируйте в него текст соответствующего файла message-N.txt, приложите названные в нём файлы из папки "attachments" и отправьте.</translation>
        </message>
        <message>
            <source>{title} ({size} MB) is larger than the {limit} MB an email may carry, so it is not in any message. It is in the folder "attachments". Send it by fax or by mail, or make it smaller (scan fewer pages or at a lower resolution) and export again.</source>
            <translation>{title} ({size} МБ) больше {limit} МБ, которые может нести одно письмо, поэтому его нет ни в одном письме. Он в папке "attachments". Отправьте его факсом или почтой либо уменьшите (сканируйте меньше страниц или с меньшим разрешением) и экспортируйте снова.</translation>
        </message>
        <message>
            <source>Send {fax_pdf} ({pages} pages, this count includes the cover sheet) to the fax number {fax}.</source>
            <translation>Отправьте {fax_pdf} ({pages} стр., включая титульный лист) на номер факса {fax}.</translation>
        </message>
        <message>
            <source>With a fax machine: print {fax_pdf} single-sided and put all the pages in the machine. With a fax service or app: upload {fax_pdf}.</source>
            <translation>С факсимильным аппаратом: распечатайте {fax_pdf} на одной стороне листа и вложите все страницы в аппарат. С факс-сервисом или приложением: загрузите {fax_pdf}.</translation>
        </message>
        <message>
            <source>Keep the confirmation page the fax machine or service gives you.</source>
            <translation>Сохраните страницу подтверждения, которую даст факс или сервис.</translation>
        </message>
        <message>
            <source>If a fax service asks for a TIFF file, upload {fax_tiff} instead.</source>
            <translation>Если факс-сервис просит файл TIFF, загрузите вместо этого {fax_tiff}.</translation>
        </message>
        <message>
            <source>Print {packet} single-sided ({packet_pages} pages). The first page is a checklist for you; do not mail it.</source>
            <translation>Распечатайте {packet} на одной стороне листа ({packet_pages} стр.). Первая страница — контрольный список для вас; не отправляйте её.</translation>
        </message>
        <message>
            <source>Sign and date the form with a pen where it says "Sign here", if it asks for a signature by hand.</source>
            <translation>Подпишите форму ручкой и поставьте дату там, где написано "Sign here", если нужна подпись от руки.</translation>
        </message>
        <message>
            <source>Go through the checklist, then put the pages in order in the envelope, the address page on top.</source>
            <translation>Пройдите по контрольному списку, затем сложите страницы по порядку в конверт, страницу с адресом сверху.</translation>
        </message>
        <message>
            <source>Mail it to: {address}. Mail may be delayed up to {days} days by security screening: email is faster.</source>
            <translation>Отправьте по почте: {address}. Из-за проверки безопасности почта может задержаться до {days} дн.: электронная почта быстрее.</translation>
        </message>
        <message>
            <source>{name}: the email message to send (part {part} of {count}).</source>
            <translation>{name}: письмо для отправки (часть {part} из {count}).</translation>
        </message>
        <message>
            <source>{name}: the text of message {part}, to paste into webmail.</source>
            <translation>{name}: текст письма {part}, чтобы вставить в веб-почту.</translation>
        </message>
        <message>
            <source>attachments/: the form and documents, as separate PDF files.</source>
            <translation>attachments/: форма и документы отдельными PDF-файлами.</translation>
        </message>
        <message>
            <source>{name}: the fax, ready to send ({pages} pages with the cover sheet).</source>
            <translation>{name}: факс, готовый к отправке ({pages} стр. с титульным листом).</translation>
        </message>
        <message>
            <source>{name}: the same fax as a TIFF file ({coding}) for fax services.</source>
            <translation>{name}: тот же факс в виде файла TIFF ({coding}) для факсовых служб.</translation>
        </message>
        <message>
            <source>{name}: everything to print and mail.</source>
            <translation>{name}: всё для печати и отправки по почте.</translation>
        </message>
    </context>
    <context>
        <name>countries</name>
        <message>
            <source>Afghanistan</source>
            <extracomment>country AF</extracomment>
            <translation>Афганистан</translation>
        </message>
        <message>
            <source>Albania</source>
            <extracomment>country AL</extracomment>
            <translation>Албания</translation>
        </message>
        <message>
            <source>Algeria</source>
            <extracomment>country DZ</extracomment>
            <translation>Алжир</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>country AS</extracomment>
            <translation>Американское Самоа</translation>
        </message>
        <message>
            <source>Andorra</source>
            <extracomment>country AD</extracomment>
            <translation>Андорра</translation>
        </message>
        <message>
            <source>Angola</source>
            <extracomment>country AO</extracomment>
            <translation>Ангола</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <extracomment>country AI</extracomment>
            <translation>Ангвилла</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <extracomment>country AQ</extracomment>
            <translation>Антарктика</translation>
        </message>
        <message>
            <source>Antigua and Barbuda</source>
            <extracomment>country AG</extracomment>
            <translation>Антигуа и Барбуда</translation>
        </message>
        <message>
            <source>Argentina</source>
            <extracomment>country AR</extracomment>
            <translation>Аргентина</translation>
        </message>
        <message>
            <source>Armenia</source>
            <extracomment>country AM</extracomment>
            <translation>Армения</translation>
        </message>
        <message>
            <source>Aruba</source>
            <extracomment>country AW</extracomment>
            <translation>Аруба</translation>
        </message>
        <message>
            <source>Australia</source>
            <extracomment>country AU</extracomment>
            <translation>Австралия</translation>
        </message>
        <message>
            <source>Austria</source>
            <extracomment>country AT</extracomment>
            <translation>Австрия</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <extracomment>country AZ</extracomment>
            <translation>Азербайджан</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <extracomment>country BS</extracomment>
            <translation>Багамы</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <extracomment>country BH</extracomment>
            <translation>Бахрейн</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <extracomment>country BD</extracomment>
            <translation>Бангладеш</translation>
        </message>
        <message>
            <source>Barbados</source>
            <extracomment>country BB</extracomment>
            <translation>Барбадос</translation>
        </message>
        <message>
            <source>Belarus</source>
            <extracomment>country BY</extracomment>
            <translation>Беларусь</translation>
        </message>
        <message>
            <source>Belgium</source>
            <extracomment>country BE</extracomment>
            <translation>Бельгия</translation>
        </message>
        <message>
            <source>Belize</source>
            <extracomment>country BZ</extracomment>
            <translation>Белиз</translation>
        </message>
        <message>
            <source>Benin</source>
            <extracomment>country BJ</extracomment>
            <translation>Бенин</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <extracomment>country BM</extracomment>
            <translation>Бермуды</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <extracomment>country BT</extracomment>
            <translation>Бутан</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <extracomment>country BO</extracomment>
            <translation>Боливия</translation>
        </message>
        <message>
            <source>Bonaire, Sint Eustatius and Saba</source>
            <extracomment>country BQ</extracomment>
            <translation>Бонайре, Синт-Эстатиус и Саба</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina</source>
            <extracomment>country BA</extracomment>
            <translation>Босния и Герцеговина</translation>
        </message>
        <message>
            <source>Botswana</source>
            <extracomment>country BW</extracomment>
            <translation>Ботсвана</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <extracomment>country BV</extracomment>
            <translation>Остров Буве</translation>
        </message>
        <message>
            <source>Brazil</source>
            <extracomment>country BR</extracomment>
            <translation>Бразилия</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <extracomment>country IO</extracomment>
            <translation>Британская территория Индийского океана</translation>
        </message>
        <message>
            <source>Brunei Darussalam</source>
            <extracomment>country BN</extracomment>
            <translation>Бруней</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <extracomment>country BG</extracomment>
            <translation>Болгария</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <extracomment>country BF</extracomment>
            <translation>Буркина-Фасо</translation>
        </message>
        <message>
            <source>Burundi</source>
            <extracomment>country BI</extracomment>
            <translation>Бурунди</translation>
        </message>
        <message>
            <source>Cabo Verde</source>
            <extracomment>country CV</extracomment>
            <translation>Кабо-Верде</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <extracomment>country KH</extracomment>
            <translation>Камбоджа</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <extracomment>country CM</extracomment>
            <translation>Камерун</translation>
        </message>
        <message>
            <source>Canada</source>
            <extracomment>country CA</extracomment>
            <translation>Канада</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <extracomment>country KY</extracomment>
            <translation>Каймановы острова</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <extracomment>country CF</extracomment>
            <translation>Центральноафриканская Республика</translation>
        </message>
        <message>
            <source>Chad</source>
            <extracomment>country TD</extracomment>
            <translation>Чад</translation>
        </message>
        <message>
            <source>Chile</source>
            <extracomment>country CL</extracomment>
            <translation>Чили</translation>
        </message>
        <message>
            <source>China</source>
            <extracomment>country CN</extracomment>
            <translation>Китай</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <extracomment>country CX</extracomment>
            <translation>Остров Рождества</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <extracomment>country CC</extracomment>
            <translation>Кокосовые острова</translation>
        </message>
        <message>
            <source>Colombia</source>
            <extracomment>country CO</extracomment>
            <translation>Колумбия</translation>
        </message>
        <message>
            <source>Comoros</source>
            <extracomment>country KM</extracomment>
            <translation>Коморы</translation>
        </message>
        <message>
            <source>Congo</source>
            <extracomment>country CG</extracomment>
            <translation>Конго</translation>
        </message>
        <message>
            <source>Congo, The Democratic Republic of the</source>
            <extracomment>country CD</extracomment>
            <translation>Демократическая Республика Конго</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <extracomment>country CK</extracomment>
            <translation>Острова Кука</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <extracomment>country CR</extracomment>
            <translation>Коста-Рика</translation>
        </message>
        <message>
            <source>Croatia</source>
            <extracomment>country HR</extracomment>
            <translation>Хорватия</translation>
        </message>
        <message>
            <source>Cuba</source>
            <extracomment>country CU</extracomment>
            <translation>Куба</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <extracomment>country CW</extracomment>
            <translation>Кюрасао</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <extracomment>country CY</extracomment>
            <translation>Кипр</translation>
        </message>
        <message>
            <source>Czechia</source>
            <extracomment>country CZ</extracomment>
            <translation>Чехия</translation>
        </message>
        <message>
            <source>Côte d'Ivoire</source>
            <extracomment>country CI</extracomment>
            <translation>Кот-д'Ивуар</translation>
        </message>
        <message>
            <source>Denmark</source>
            <extracomment>country DK</extracomment>
            <translation>Дания</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <extracomment>country DJ</extracomment>
            <translation>Джибути</translation>
        </message>
        <message>
            <source>Dominica</source>
            <extracomment>country DM</extracomment>
            <translation>Доминика</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <extracomment>country DO</extracomment>
            <translation>Доминиканская Республика</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <extracomment>country EC</extracomment>
            <translation>Эквадор</translation>
        </message>
        <message>
            <source>Egypt</source>
            <extracomment>country EG</extracomment>
            <translation>Египет</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <extracomment>country SV</extracomment>
            <translation>Сальвадор</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <extracomment>country GQ</extracomment>
            <translation>Экваториальная Гвинея</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <extracomment>country ER</extracomment>
            <translation>Эритрея</translation>
        </message>
        <message>
            <source>Estonia</source>
            <extracomment>country EE</extracomment>
            <translation>Эстония</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <extracomment>country SZ</extracomment>
            <translation>Эсватини</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <extracomment>country ET</extracomment>
            <translation>Эфиопия</translation>
        </message>
        <message>
            <source>Falkland Islands (Malvinas)</source>
            <extracomment>country FK</extracomment>
            <translation>Фолклендские (Мальвинские) острова</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <extracomment>country FO</extracomment>
            <translation>Фарерские острова</translation>
        </message>
        <message>
            <source>Fiji</source>
            <extracomment>country FJ</extracomment>
            <translation>Фиджи</translation>
        </message>
        <message>
            <source>Finland</source>
            <extracomment>country FI</extracomment>
            <translation>Финляндия</translation>
        </message>
        <message>
            <source>France</source>
            <extracomment>country FR</extracomment>
            <translation>Франция</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <extracomment>country GF</extracomment>
            <translation>Французская Гвиана</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <extracomment>country PF</extracomment>
            <translation>Французская Полинезия</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <extracomment>country TF</extracomment>
            <translation>Французские южные территории</translation>
        </message>
        <message>
            <source>Gabon</source>
            <extracomment>country GA</extracomment>
            <translation>Габон</translation>
        </message>
        <message>
            <source>Gambia</source>
            <extracomment>country GM</extracomment>
            <translation>Гамбия</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>country GE</extracomment>
            <translation>Грузия</translation>
        </message>
        <message>
            <source>Germany</source>
            <extracomment>country DE</extracomment>
            <translation>Германия</translation>
        </message>
        <message>
            <source>Ghana</source>
            <extracomment>country GH</extracomment>
            <translation>Гана</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <extracomment>country GI</extracomment>
            <translation>Гибралтар</translation>
        </message>
        <message>
            <source>Greece</source>
            <extracomment>country GR</extracomment>
            <translation>Греция</translation>
        </message>
        <message>
            <source>Greenland</source>
            <extracomment>country GL</extracomment>
            <translation>Гренландия</translation>
        </message>
        <message>
            <source>Grenada</source>
            <extracomment>country GD</extracomment>
            <translation>Гренада</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <extracomment>country GP</extracomment>
            <translation>Гваделупа</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>country GU</extracomment>
            <translation>Гуам</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <extracomment>country GT</extracomment>
            <translation>Гватемала</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <extracomment>country GG</extracomment>
            <translation>Гернси</translation>
        </message>
        <message>
            <source>Guinea</source>
            <extracomment>country GN</extracomment>
            <translation>Гвинея</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <extracomment>country GW</extracomment>
            <translation>Гвинея-Бисау</translation>
        </message>
        <message>
            <source>Guyana</source>
            <extracomment>country GY</extracomment>
            <translation>Гайана</translation>
        </message>
        <message>
            <source>Haiti</source>
            <extracomment>country HT</extracomment>
            <translation>Гаити</translation>
        </message>
        <message>
            <source>Heard Island and McDonald Islands</source>
            <extracomment>country HM</extracomment>
            <translation>Остров Херд и острова МакДональд</translation>
        </message>
        <message>
            <source>Holy See (Vatican City State)</source>
            <extracomment>country VA</extracomment>
            <translation>Ватикан</translation>
        </message>
        <message>
            <source>Honduras</source>
            <extracomment>country HN</extracomment>
            <translation>Гондурас</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <extracomment>country HK</extracomment>
            <translation>Гонконг</translation>
        </message>
        <message>
            <source>Hungary</source>
            <extracomment>country HU</extracomment>
            <translation>Венгрия</translation>
        </message>
        <message>
            <source>Iceland</source>
            <extracomment>country IS</extracomment>
            <translation>Исландия</translation>
        </message>
        <message>
            <source>India</source>
            <extracomment>country IN</extracomment>
            <translation>Индия</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <extracomment>country ID</extracomment>
            <translation>Индонезия</translation>
        </message>
        <message>
            <source>Iran</source>
            <extracomment>country IR</extracomment>
            <translation>Иран</translation>
        </message>
        <message>
            <source>Iraq</source>
            <extracomment>country IQ</extracomment>
            <translation>Ирак</translation>
        </message>
        <message>
            <source>Ireland</source>
            <extracomment>country IE</extracomment>
            <translation>Ирландия</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <extracomment>country IM</extracomment>
            <translation>Остров Мэн</translation>
        </message>
        <message>
            <source>Israel</source>
            <extracomment>country IL</extracomment>
            <translation>Израиль</translation>
        </message>
        <message>
            <source>Italy</source>
            <extracomment>country IT</extracomment>
            <translation>Италия</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <extracomment>country JM</extracomment>
            <translation>Ямайка</translation>
        </message>
        <message>
            <source>Japan</source>
            <extracomment>country JP</extracomment>
            <translation>Япония</translation>
        </message>
        <message>
            <source>Jersey</source>
            <extracomment>country JE</extracomment>
            <translation>Джерси</translation>
        </message>
        <message>
            <source>Jordan</source>
            <extracomment>country JO</extracomment>
            <translation>Иордания</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <extracomment>country KZ</extracomment>
            <translation>Казахстан</translation>
        </message>
        <message>
            <source>Kenya</source>
            <extracomment>country KE</extracomment>
            <translation>Кения</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <extracomment>country KI</extracomment>
            <translation>Кирибати</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <extracomment>country KW</extracomment>
            <translation>Кувейт</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <extracomment>country KG</extracomment>
            <translation>Киргизия</translation>
        </message>
        <message>
            <source>Laos</source>
            <extracomment>country LA</extracomment>
            <translation>Лаос</translation>
        </message>
        <message>
            <source>Latvia</source>
            <extracomment>country LV</extracomment>
            <translation>Латвия</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <extracomment>country LB</extracomment>
            <translation>Ливан</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <extracomment>country LS</extracomment>
            <translation>Лесото</translation>
        </message>
        <message>
            <source>Liberia</source>
            <extracomment>country LR</extracomment>
            <translation>Либерия</translation>
        </message>
        <message>
            <source>Libya</source>
            <extracomment>country LY</extracomment>
            <translation>Ливия</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <extracomment>country LI</extracomment>
            <translation>Лихтенштейн</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <extracomment>country LT</extracomment>
            <translation>Литва</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <extracomment>country LU</extracomment>
            <translation>Люксембург</translation>
        </message>
        <message>
            <source>Macao</source>
            <extracomment>country MO</extracomment>
            <translation>Макао</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <extracomment>country MG</extracomment>
            <translation>Мадагаскар</translation>
        </message>
        <message>
            <source>Malawi</source>
            <extracomment>country MW</extracomment>
            <translation>Малави</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <extracomment>country MY</extracomment>
            <translation>Малайзия</translation>
        </message>
        <message>
            <source>Maldives</source>
            <extracomment>country MV</extracomment>
            <translation>Мальдивы</translation>
        </message>
        <message>
            <source>Mali</source>
            <extracomment>country ML</extracomment>
            <translation>Мали</translation>
        </message>
        <message>
            <source>Malta</source>
            <extracomment>country MT</extracomment>
            <translation>Мальта</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>country MH</extracomment>
            <translation>Маршалловы острова</translation>
        </message>
        <message>
            <source>Martinique</source>
            <extracomment>country MQ</extracomment>
            <translation>Мартиника</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <extracomment>country MR</extracomment>
            <translation>Мавритания</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <extracomment>country MU</extracomment>
            <translation>Маврикий</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <extracomment>country YT</extracomment>
            <translation>Майот</translation>
        </message>
        <message>
            <source>Mexico</source>
            <extracomment>country MX</extracomment>
            <translation>Мексика</translation>
        </message>
        <message>
            <source>Micronesia, Federated States of</source>
            <extracomment>country FM</extracomment>
            <translation>Федеративные Штаты Микронезии</translation>
        </message>
        <message>
            <source>Moldova</source>
            <extracomment>country MD</extracomment>
            <translation>Молдавия</translation>
        </message>
        <message>
            <source>Monaco</source>
            <extracomment>country MC</extracomment>
            <translation>Монако</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <extracomment>country MN</extracomment>
            <translation>Монголия</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <extracomment>country ME</extracomment>
            <translation>Черногория</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <extracomment>country MS</extracomment>
            <translation>Монтсеррат</translation>
        </message>
        <message>
            <source>Morocco</source>
            <extracomment>country MA</extracomment>
            <translation>Марокко</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <extracomment>country MZ</extracomment>
            <translation>Мозамбик</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <extracomment>country MM</extracomment>
            <translation>Мьянма</translation>
        </message>
        <message>
            <source>Namibia</source>
            <extracomment>country NA</extracomment>
            <translation>Намибия</translation>
        </message>
        <message>
            <source>Nauru</source>
            <extracomment>country NR</extracomment>
            <translation>Науру</translation>
        </message>
        <message>
            <source>Nepal</source>
            <extracomment>country NP</extracomment>
            <translation>Непал</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <extracomment>country NL</extracomment>
            <translation>Нидерланды</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <extracomment>country NC</extracomment>
            <translation>Новая Каледония</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <extracomment>country NZ</extracomment>
            <translation>Новая Зеландия</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <extracomment>country NI</extracomment>
            <translation>Никарагуа</translation>
        </message>
        <message>
            <source>Niger</source>
            <extracomment>country NE</extracomment>
            <translation>Нигер</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <extracomment>country NG</extracomment>
            <translation>Нигерия</translation>
        </message>
        <message>
            <source>Niue</source>
            <extracomment>country NU</extracomment>
            <translation>Ниуэ</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <extracomment>country NF</extracomment>
            <translation>Остров Норфолк</translation>
        </message>
        <message>
            <source>North Korea</source>
            <extracomment>country KP</extracomment>
            <translation>Северная Корея</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <extracomment>country MK</extracomment>
            <translation>Северная Македония</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>country MP</extracomment>
            <translation>Северные Марианские острова</translation>
        </message>
        <message>
            <source>Norway</source>
            <extracomment>country NO</extracomment>
            <translation>Норвегия</translation>
        </message>
        <message>
            <source>Oman</source>
            <extracomment>country OM</extracomment>
            <translation>Оман</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <extracomment>country PK</extracomment>
            <translation>Пакистан</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>country PW</extracomment>
            <translation>Палау</translation>
        </message>
        <message>
            <source>Palestine, State of</source>
            <extracomment>country PS</extracomment>
            <translation>Палестина</translation>
        </message>
        <message>
            <source>Panama</source>
            <extracomment>country PA</extracomment>
            <translation>Панама</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <extracomment>country PG</extracomment>
            <translation>Папуа — Новая Гвинея</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <extracomment>country PY</extracomment>
            <translation>Парагвай</translation>
        </message>
        <message>
            <source>Peru</source>
            <extracomment>country PE</extracomment>
            <translation>Перу</translation>
        </message>
        <message>
            <source>Philippines</source>
            <extracomment>country PH</extracomment>
            <translation>Филиппины</translation>
        </message>
        <message>
            <source>Pitcairn</source>
            <extracomment>country PN</extracomment>
            <translation>Питкэрн</translation>
        </message>
        <message>
            <source>Poland</source>
            <extracomment>country PL</extracomment>
            <translation>Польша</translation>
        </message>
        <message>
            <source>Portugal</source>
            <extracomment>country PT</extracomment>
            <translation>Португалия</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>country PR</extracomment>
            <translation>Пуэрто-Рико</translation>
        </message>
        <message>
            <source>Qatar</source>
            <extracomment>country QA</extracomment>
            <translation>Катар</translation>
        </message>
        <message>
            <source>Romania</source>
            <extracomment>country RO</extracomment>
            <translation>Румыния</translation>
        </message>
        <message>
            <source>Russian Federation</source>
            <extracomment>country RU</extracomment>
            <translation>Россия</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <extracomment>country RW</extracomment>
            <translation>Руанда</translation>
        </message>
        <message>
            <source>Réunion</source>
            <extracomment>country RE</extracomment>
            <translation>Реюньон</translation>
        </message>
        <message>
            <source>Saint Barthélemy</source>
            <extracomment>country BL</extracomment>
            <translation>Сен-Бартельми</translation>
        </message>
        <message>
            <source>Saint Helena, Ascension and Tristan da Cunha</source>
            <extracomment>country SH</extracomment>
            <translation>Остров Святой Елены, Остров Вознесения и Тристан-да-Кунья</translation>
        </message>
        <message>
            <source>Saint Kitts and Nevis</source>
            <extracomment>country KN</extracomment>
            <translation>Сент-Китс и Невис</translation>
        </message>
        <message>
            <source>Saint Lucia</source>
            <extracomment>country LC</extracomment>
            <translation>Сент-Люсия</translation>
        </message>
        <message>
            <source>Saint Martin (French part)</source>
            <extracomment>country MF</extracomment>
            <translation>Сен-Мартен (Франция)</translation>
        </message>
        <message>
            <source>Saint Pierre and Miquelon</source>
            <extracomment>country PM</extracomment>
            <translation>Сен-Пьер и Микелон</translation>
        </message>
        <message>
            <source>Saint Vincent and the Grenadines</source>
            <extracomment>country VC</extracomment>
            <translation>Сент-Винсент и Гренадины</translation>
        </message>
        <message>
            <source>Samoa</source>
            <extracomment>country WS</extracomment>
            <translation>Самоа</translation>
        </message>
        <message>
            <source>San Marino</source>
            <extracomment>country SM</extracomment>
            <translation>Сан-Марино</translation>
        </message>
        <message>
            <source>Sao Tome and Principe</source>
            <extracomment>country ST</extracomment>
            <translation>Сан-Томе и Принсипи</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <extracomment>country SA</extracomment>
            <translation>Саудовская Аравия</translation>
        </message>
        <message>
            <source>Senegal</source>
            <extracomment>country SN</extracomment>
            <translation>Сенегал</translation>
        </message>
        <message>
            <source>Serbia</source>
            <extracomment>country RS</extracomment>
            <translation>Сербия</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <extracomment>country SC</extracomment>
            <translation>Сейшелы</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <extracomment>country SL</extracomment>
            <translation>Сьерра-Леоне</translation>
        </message>
        <message>
            <source>Singapore</source>
            <extracomment>country SG</extracomment>
            <translation>Сингапур</translation>
        </message>
        <message>
            <source>Sint Maarten (Dutch part)</source>
            <extracomment>country SX</extracomment>
            <translation>Синт-Мартен (голландская часть)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <extracomment>country SK</extracomment>
            <translation>Словакия</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <extracomment>country SI</extracomment>
            <translation>Словения</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>country SB</extracomment>
            <translation>Соломоновы Острова</translation>
        </message>
        <message>
            <source>Somalia</source>
            <extracomment>country SO</extracomment>
            <translation>Сомали</translation>
        </message>
        <message>
            <source>South Africa</source>
            <extracomment>country ZA</extracomment>
            <translation>Южная Африка</translation>
        </message>
        <message>
            <source>South Georgia and the South Sandwich Islands</source>
            <extracomment>country GS</extracomment>
            <translation>Южная Джорджия и Южные Сандвичевы острова</translation>
        </message>
        <message>
            <source>South Korea</source>
            <extracomment>country KR</extracomment>
            <translation>Южная Корея</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <extracomment>country SS</extracomment>
            <translation>Южный Судан</translation>
        </message>
        <message>
            <source>Spain</source>
            <extracomment>country ES</extracomment>
            <translation>Испания</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <extracomment>country LK</extracomment>
            <translation>Шри-Ланка</translation>
        </message>
        <message>
            <source>Sudan</source>
            <extracomment>country SD</extracomment>
            <translation>Судан</translation>
        </message>
        <message>
            <source>Suriname</source>
            <extracomment>country SR</extracomment>
            <translation>Суринам</translation>
        </message>
        <message>
            <source>Svalbard and Jan Mayen</source>
            <extracomment>country SJ</extracomment>
            <translation>Шпицберген и Ян-Майен</translation>
        </message>
        <message>
            <source>Sweden</source>
            <extracomment>country SE</extracomment>
            <translation>Швеция</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <extracomment>country CH</extracomment>
            <translation>Швейцария</translation>
        </message>
        <message>
            <source>Syria</source>
            <extracomment>country SY</extracomment>
            <translation>Сирия</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <extracomment>country TW</extracomment>
            <translation>Тайвань</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <extracomment>country TJ</extracomment>
            <translation>Таджикистан</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <extracomment>country TZ</extracomment>
            <translation>Танзания</translation>
        </message>
        <message>
            <source>Thailand</source>
            <extracomment>country TH</extracomment>
            <translation>Таиланд</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <extracomment>country TL</extracomment>
            <translation>Восточный Тимор</translation>
        </message>
        <message>
            <source>Togo</source>
            <extracomment>country TG</extracomment>
            <translation>Того</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <extracomment>country TK</extracomment>
            <translation>Токелау</translation>
        </message>
        <message>
            <source>Tonga</source>
            <extracomment>country TO</extracomment>
            <translation>Тонга</translation>
        </message>
        <message>
            <source>Trinidad and Tobago</source>
            <extracomment>country TT</extracomment>
            <translation>Тринидад и Тобаго</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <extracomment>country TN</extracomment>
            <translation>Тунис</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <extracomment>country TM</extracomment>
            <translation>Туркменистан</translation>
        </message>
        <message>
            <source>Turks and Caicos Islands</source>
            <extracomment>country TC</extracomment>
            <translation>Острова Туркс и Каикос</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <extracomment>country TV</extracomment>
            <translation>Тувалу</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <extracomment>country TR</extracomment>
            <translation>Турция</translation>
        </message>
        <message>
            <source>Uganda</source>
            <extracomment>country UG</extracomment>
            <translation>Уганда</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <extracomment>country UA</extracomment>
            <translation>Украина</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <extracomment>country AE</extracomment>
            <translation>Объединённые Арабские Эмираты</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <extracomment>country GB</extracomment>
            <translation>Великобритания</translation>
        </message>
        <message>
            <source>United States</source>
            <extracomment>country US</extracomment>
            <translation>Соединённые Штаты</translation>
        </message>
        <message>
            <source>United States Minor Outlying Islands</source>
            <extracomment>country UM</extracomment>
            <translation>Внешние малые острова США</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <extracomment>country UY</extracomment>
            <translation>Уругвай</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <extracomment>country UZ</extracomment>
            <translation>Узбекистан</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <extracomment>country VU</extracomment>
            <translation>Вануату</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <extracomment>country VE</extracomment>
            <translation>Венесуэла</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <extracomment>country VN</extracomment>
            <translation>Вьетнам</translation>
        </message>
        <message>
            <source>Virgin Islands, British</source>
            <extracomment>country VG</extracomment>
            <translation>Британские Виргинские острова</translation>
        </message>
        <message>
            <source>Virgin Islands, U.S.</source>
            <extracomment>country VI</extracomment>
            <translation>Виргинские острова (США)</translation>
        </message>
        <message>
            <source>Wallis and Futuna</source>
            <extracomment>country WF</extracomment>
            <translation>Уоллис и Футуна</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <extracomment>country EH</extracomment>
            <translation>Западная Сахара</translation>
        </message>
        <message>
            <source>Yemen</source>
            <extracomment>country YE</extracomment>
            <translation>Йемен</translation>
        </message>
        <message>
            <source>Zambia</source>
            <extracomment>country ZM</extracomment>
            <translation>Замбия</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <extracomment>country ZW</extracomment>
            <translation>Зимбабве</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <extracomment>country AX</extracomment>
            <translation>Аландские острова</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>{number} month</source>
            <translation>{number} мес.</translation>
        </message>
        <message>
            <source>{number} months</source>
            <translation>{number} мес.</translation>
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
            <translation>пароль для этого PDF неверный. Попробуйте ещё раз или прикрепите копию, сохранённую без пароля.</translation>
        </message>
        <message>
            <source>this PDF is protected by a password. Enter its password, or open it and save or print it as a new PDF without a password, then attach that copy.</source>
            <translation>этот PDF защищён паролем. Введите пароль или откройте файл и сохраните либо распечатайте его как новый PDF без пароля, затем прикрепите эту копию.</translation>
        </message>
        <message>
            <source>These attachments cannot be turned into pages; nothing else in the case was changed:</source>
            <translation>Эти вложения нельзя превратить в страницы; больше ничего в деле не изменилось:</translation>
        </message>
        <message>
            <source>The fonts needed to make PDFs are missing from this installation (looked in {folder}). Reinstall Ombud Desktop.</source>
            <translation>В этой установке нет шрифтов, нужных для создания PDF (искали в {folder}). Переустановите Ombud Desktop.</translation>
        </message>
        <message>
            <source>the {kind} image is damaged or incomplete and cannot be read. Open it in an image viewer to check it, or take the photo or scan again.</source>
            <translation>изображение {kind} повреждено или неполное, его нельзя прочитать. Откройте его в программе просмотра, чтобы проверить, или сфотографируйте либо отсканируйте заново.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely. Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>изображение слишком большое, чтобы безопасно поместить его на страницу. Сохраните копию поменьше (например, 4000 пикселей по длинной стороне) и прикрепите её.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely ({width} x {height} pixels). Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>изображение слишком большое, чтобы безопасно поместить его на страницу ({width} x {height} пикселей). Сохраните копию поменьше (например, 4000 пикселей по длинной стороне) и прикрепите её.</translation>
        </message>
        <message>
            <source>the file has more than {count} pages. Split it into smaller files.</source>
            <translation>в файле больше {count} страниц. Разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <source>the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or print it as a new PDF, or scan the paper again, then attach the new copy.</source>
            <translation>PDF повреждён, и исправить его не удалось. Откройте его в программе просмотра PDF и сохраните либо распечатайте как новый PDF или отсканируйте бумагу заново, затем прикрепите новую копию.</translation>
        </message>
        <message>
            <source>the PDF has no pages. Attach a copy with content.</source>
            <translation>в PDF нет страниц. Прикрепите копию с содержимым.</translation>
        </message>
        <message>
            <source>the PDF uses an encryption the app cannot open. Save it without a password in a PDF viewer, then attach that copy.</source>
            <translation>PDF использует шифрование, которое приложение не может открыть. Сохраните его без пароля в программе просмотра PDF, затем прикрепите эту копию.</translation>
        </message>
        <message>
            <source>The drawn signature is missing. Draw the signature again on the Consent page, or choose a typed or ink signature.</source>
            <translation>Нарисованной подписи нет. Нарисуйте подпись заново на странице «Согласие» или выберите напечатанную подпись либо подпись чернилами.</translation>
        </message>
        <message>
            <source>The drawn signature could not be read. Draw it again on the Consent page.</source>
            <translation>Не удалось прочитать нарисованную подпись. Нарисуйте её заново на странице «Согласие».</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>документ PDF</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>изображение JPEG</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>изображение PNG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>изображение GIF</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>изображение BMP</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>изображение TIFF</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>изображение WebP</translation>
        </message>
        <message>
            <source>a HEIC/HEIF photo</source>
            <translation>фото HEIC/HEIF</translation>
        </message>
        <message>
            <source>an AVIF photo</source>
            <translation>фото AVIF</translation>
        </message>
        <message>
            <source>a JPEG 2000 image</source>
            <translation>изображение JPEG 2000</translation>
        </message>
        <message>
            <source>a PBM/PGM/PPM image</source>
            <translation>изображение PBM/PGM/PPM</translation>
        </message>
        <message>
            <source>a Photoshop (PSD) image</source>
            <translation>изображение Photoshop (PSD)</translation>
        </message>
        <message>
            <source>a QOI image</source>
            <translation>изображение QOI</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>обычный текст</translation>
        </message>
        <message>
            <source>a ZIP archive or an office document (Word, Excel ...)</source>
            <translation>архив ZIP или офисный документ (Word, Excel ...)</translation>
        </message>
        <message>
            <source>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD or QOI</source>
            <translation>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD или QOI</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes). Choose the file again, or scan it again.</source>
            <translation>файл пустой (0 байт). Выберите файл ещё раз или отсканируйте заново.</translation>
        </message>
        <message>
            <source>this file is not a file type the app reads. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>приложение не умеет читать файлы такого типа. Прикрепите файл {formats}: сначала распечатайте или сохраните документ как PDF.</translation>
        </message>
        <message>
            <source>this file contains {kind}. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>в этом файле {kind}. Прикрепите файл {formats}: сначала распечатайте или сохраните документ как PDF.</translation>
        </message>
        <message>
            <source>the name says {expected} but the file contains {actual}. Check that this is the right file, or rename it to end in the right extension.</source>
            <translation>по имени это {expected}, но в файле {actual}. Проверьте, тот ли это файл, или переименуйте его с правильным расширением.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск заполнен</translation>
        </message>
        <message>
            <source>the folder is read-only or you may not write to it</source>
            <translation>папка только для чтения или у вас нет права записи в неё</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the disk is full. Free some space, then save again.</source>
            <translation>Не удалось сохранить {name} в {folder}: диск заполнен. Освободите место и сохраните снова.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the folder is read-only or you may not write to it. Choose a folder you can write to (--data-dir), then save again.</source>
            <translation>Не удалось сохранить {name} в {folder}: папка только для чтения или у вас нет права записи в неё. Выберите папку, в которую можно писать (--data-dir), и сохраните снова.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: {reason}. Check the disk, then save again.</source>
            <translation>Не удалось сохранить {name} в {folder}: {reason}. Проверьте диск и сохраните снова.</translation>
        </message>
        <message>
            <source>Case {case_id} cannot be opened. {problem} Every other case opens as usual. If it cannot be repaired, delete it (select it and choose Delete, or run `ombud-desktop case delete {case_id} --yes`).</source>
            <translation>Не удаётся открыть дело {case_id}. {problem} Все остальные дела открываются как обычно. Если его нельзя восстановить, удалите его (выберите его и нажмите «Удалить» или выполните `ombud-desktop case delete {case_id} --yes`).</translation>
        </message>
        <message>
            <source>Case {case_id} already exists; nothing was overwritten.</source>
            <translation>Дело {case_id} уже существует; ничего не перезаписано.</translation>
        </message>
        <message>
            <source>There is no case {case_id} in {folder}.</source>
            <translation>В {folder} нет дела {case_id}.</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>Не удалось прочитать {path}: {reason}.</translation>
        </message>
        <message>
            <source>Case {case_id} has no attachment {attachment_id}.</source>
            <translation>В деле {case_id} нет вложения {attachment_id}.</translation>
        </message>
        <message>
            <source>The file {path} is damaged or was changed outside Ombud Desktop ({detail}).</source>
            <translation>Файл {path} повреждён или был изменён вне Ombud Desktop ({detail}).</translation>
        </message>
        <message>
            <source>A hand-off file needs a passphrase to protect it.</source>
            <translation>Файлу передачи нужна кодовая фраза для защиты.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name (nothing was changed).</source>
            <translation>{path} уже существует; выберите другое имя файла (ничего не изменено).</translation>
        </message>
        <message>
            <source>Cancelled. No hand-off file was written.</source>
            <translation>Отменено. Файл передачи не записан.</translation>
        </message>
        <message>
            <source>The hand-off file {name} asks for far more memory or time to open than Ombud Desktop ever uses, so it was not opened: it was not made by this app, or it was changed. Ask the sender to make it again.</source>
            <translation>Файл передачи {name} требует для открытия гораздо больше памяти или времени, чем когда-либо использует Ombud Desktop, поэтому он не открыт: его создало не это приложение, или он был изменён. Попросите отправителя создать его заново.</translation>
        </message>
        <message>
            <source>That passphrase does not open the hand-off file {name}. Ask the person who made it for the passphrase they chose.</source>
            <translation>Эта кодовая фраза не открывает файл передачи {name}. Спросите у того, кто его создал, выбранную им кодовую фразу.</translation>
        </message>
        <message>
            <source>The hand-off file {name} holds a case this app cannot use ({problem}). Nothing was imported. Ask the person who sent it to make the hand-off file again with Ombud Desktop.</source>
            <translation>Файл передачи {name} содержит дело, которое это приложение не может использовать ({problem}). Ничего не импортировано. Попросите отправителя заново создать файл передачи в Ombud Desktop.</translation>
        </message>
        <message>
            <source>Case {case_id} is already in this vault. Nothing was changed. Import it as a new case (--new-id) or replace the one here (--replace).</source>
            <translation>Дело {case_id} уже есть в этом хранилище. Ничего не изменено. Импортируйте его как новое дело (--new-id) или замените имеющееся (--replace).</translation>
        </message>
        <message>
            <source>No secure system keyring is available here. Protect the vault with a passphrase instead.</source>
            <translation>Здесь нет защищённой системной связки ключей. Защитите хранилище кодовой фразой.</translation>
        </message>
        <message>
            <source>The system keyring refused to store the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>Системная связка ключей отказалась сохранить ключ хранилища ({problem}). Разблокируйте связку ключей (войдите в сеанс рабочего стола) и попробуйте снова или используйте кодовую фразу либо ключ восстановления хранилища.</translation>
        </message>
        <message>
            <source>The vault key is kept in the system keyring, but no secure keyring is available now (for example, no desktop session). Unlock with the vault passphrase or recovery key instead.</source>
            <translation>Ключ хранилища хранится в системной связке ключей, но сейчас защищённая связка ключей недоступна (например, нет сеанса рабочего стола). Разблокируйте кодовой фразой или ключом восстановления хранилища.</translation>
        </message>
        <message>
            <source>The system keyring refused to give the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>Системная связка ключей отказалась выдать ключ хранилища ({problem}). Разблокируйте связку ключей (войдите в сеанс рабочего стола) и попробуйте снова или используйте кодовую фразу либо ключ восстановления хранилища.</translation>
        </message>
        <message>
            <source>The system keyring does not hold this vault's key (it may be another user's keyring or a new computer). Unlock with the vault passphrase or recovery key.</source>
            <translation>В системной связке ключей нет ключа этого хранилища (возможно, это связка другого пользователя или новый компьютер). Разблокируйте кодовой фразой или ключом восстановления хранилища.</translation>
        </message>
        <message>
            <source>The vault key in the system keyring is damaged. Unlock with the vault passphrase or recovery key.</source>
            <translation>Ключ хранилища в системной связке ключей повреждён. Разблокируйте кодовой фразой или ключом восстановления хранилища.</translation>
        </message>
        <message>
            <source>This vault is not kept in the system keyring; unlock it with its passphrase.</source>
            <translation>Это хранилище не хранится в системной связке ключей; разблокируйте его кодовой фразой.</translation>
        </message>
        <message>
            <source>The key in the system keyring does not open this vault (or its key file {path} is damaged). Unlock with the passphrase or recovery key.</source>
            <translation>Ключ из системной связки ключей не открывает это хранилище (или его файл ключа {path} повреждён). Разблокируйте кодовой фразой или ключом восстановления.</translation>
        </message>
        <message>
            <source>This vault has no passphrase; it is unlocked through the system keyring.</source>
            <translation>У этого хранилища нет кодовой фразы; оно разблокируется через системную связку ключей.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check it (Caps Lock, keyboard layout) and try again. If you are sure it is right, the key file {path} may be damaged: use your recovery key.</source>
            <translation>Эта кодовая фраза не открывает это хранилище. Проверьте её (Caps Lock, раскладка клавиатуры) и попробуйте снова. Если вы уверены, что она верна, файл ключа {path} может быть повреждён: используйте ключ восстановления.</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault. Check each group of four characters and try again.</source>
            <translation>Этот ключ восстановления не открывает это хранилище. Проверьте каждую группу из четырёх символов и попробуйте снова.</translation>
        </message>
        <message>
            <source>The file {path} is missing.</source>
            <translation>Файл {path} отсутствует.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: there is no backup copy. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Восстановить его автоматически нельзя: резервной копии нет. Файл оставлен как есть; сохраните его и обратитесь за помощью в поддержку.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: its backup copy is damaged too. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Восстановить его автоматически нельзя: резервная копия тоже повреждена. Файл оставлен как есть; сохраните его и обратитесь за помощью в поддержку.</translation>
        </message>
        <message>
            <source>{path} was changed on disk (by another window or program) after it was opened here, so it was not overwritten. Your changes are still on screen: reopen the case to see the other version, or save yours as a copy.</source>
            <translation>{path} изменился на диске (в другом окне или программе) после того, как был открыт здесь, поэтому он не перезаписан. Ваши изменения остаются на экране: откройте дело заново, чтобы увидеть другую версию, или сохраните свою как копию.</translation>
        </message>
        <message>
            <source>{path} was removed after it was opened here; it was not recreated silently.</source>
            <translation>{path} был удалён после того, как был открыт здесь; он не был молча создан заново.</translation>
        </message>
        <message>
            <source>The vault in {folder} is in use by {holder}. Close Ombud Desktop there (or wait for that command to finish) and try again.</source>
            <translation>Хранилище в {folder} используется: {holder}. Закройте там Ombud Desktop (или дождитесь завершения той команды) и попробуйте снова.</translation>
        </message>
        <message>
            <source>Opened read-only: the vault is in use by {holder}. Changes cannot be saved until it is closed.</source>
            <translation>Открыто только для чтения: хранилище используется ({holder}). Изменения нельзя сохранить, пока оно не будет закрыто.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>В папку данных {folder} нельзя записать: {reason}. Выберите другую папку через --data-dir (или OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>Opened read-only. The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Открыто только для чтения. В папку данных {folder} нельзя записать: {reason}. Выберите другую папку через --data-dir (или OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>The vault was opened read-only; changes cannot be saved.</source>
            <translation>Хранилище открыто только для чтения; изменения нельзя сохранить.</translation>
        </message>
        <message>
            <source>There is no vault in {folder} yet. Create one with `ombud-desktop vault init` (or open the app).</source>
            <translation>В {folder} ещё нет хранилища. Создайте его командой `ombud-desktop vault init` (или откройте приложение).</translation>
        </message>
        <message>
            <source>A vault already exists in {folder}; it was left as is.</source>
            <translation>В {folder} уже есть хранилище; оно оставлено как есть.</translation>
        </message>
        <message>
            <source>No secure system keyring is available here: choose a passphrase to protect the vault.</source>
            <translation>Здесь нет защищённой системной связки ключей: выберите кодовую фразу для защиты хранилища.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>Хранилище заблокировано. Сначала разблокируйте его.</translation>
        </message>
        <message>
            <source>Enter the vault passphrase to make a new recovery key: the vault key changes, and the passphrase must be attached to the new one.</source>
            <translation>Введите кодовую фразу хранилища, чтобы создать новый ключ восстановления: ключ хранилища меняется, и кодовую фразу нужно привязать к новому ключу.</translation>
        </message>
        <message>
            <source>The retention period must be between 1 and {most} days.</source>
            <translation>Срок хранения должен быть от 1 до {most} дней.</translation>
        </message>
        <message>
            <source>{case_id} is not a case id (see `case list`).</source>
            <translation>{case_id} — это не номер дела (см. `case list`).</translation>
        </message>
        <message>
            <source>There is not enough free space in {folder} to save the export. Nothing was saved. Free some space or choose another folder (for example a USB stick), then export again.</source>
            <translation>В {folder} недостаточно свободного места, чтобы сохранить экспорт. Ничего не сохранено. Освободите место или выберите другую папку (например, флешку) и экспортируйте снова.</translation>
        </message>
        <message>
            <source>The app may not write in {folder}. Nothing was saved. Choose another folder, then export again.</source>
            <translation>Приложению нельзя писать в {folder}. Ничего не сохранено. Выберите другую папку и экспортируйте снова.</translation>
        </message>
        <message>
            <source>The export could not be saved in {folder} ({reason}). Nothing was saved. Choose another folder, then export again.</source>
            <translation>Не удалось сохранить экспорт в {folder} ({reason}). Ничего не сохранено. Выберите другую папку и экспортируйте снова.</translation>
        </message>
        <message>
            <source>The computer ran out of memory making the package. Close other programs, or leave out very large documents, then try again.</source>
            <translation>Компьютеру не хватило памяти при подготовке пакета. Закройте другие программы или уберите очень большие документы и попробуйте снова.</translation>
        </message>
        <message>
            <source>Something went wrong while making the package ({kind}). Nothing was saved and your case is unchanged. Try again; if it happens again, choose another way to send.</source>
            <translation>При подготовке пакета что-то пошло не так ({kind}). Ничего не сохранено, ваше дело не изменилось. Попробуйте снова; если это повторится, выберите другой способ отправки.</translation>
        </message>
        <message>
            <source>The list of the Ombudsman's addresses ({path}) could not be read ({reason}). Reinstall the app.</source>
            <translation>Не удалось прочитать список адресов Омбудсмена ({path}) ({reason}). Переустановите приложение.</translation>
        </message>
        <message>
            <source>These documents are listed, but their files were never added to the app: {names}. Attach the files (or remove them from the list), then export again.</source>
            <translation>Эти документы есть в списке, но их файлы так и не были добавлены в приложение: {names}. Прикрепите файлы (или уберите их из списка) и экспортируйте снова.</translation>
        </message>
        <message>
            <source>{path} is not an export of this case (its manifest.json does not say so); nothing was deleted.</source>
            <translation>{path} — не экспорт этого дела (в его manifest.json этого нет); ничего не удалено.</translation>
        </message>
        <message>
            <source>{path} could not be deleted ({reason}). Close any program using it and try again, or delete it yourself.</source>
            <translation>Не удалось удалить {path} ({reason}). Закройте программы, которые его используют, и попробуйте снова или удалите его сами.</translation>
        </message>
        <message>
            <source>the export process stopped</source>
            <translation>процесс экспорта остановился</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was added.</source>
            <translation>Отменено. Ничего не добавлено.</translation>
        </message>
        <message>
            <source>it is too short or too simple.</source>
            <translation>она слишком короткая или простая.</translation>
        </message>
        <message>
            <source>it is one of the passwords people use most.</source>
            <translation>это один из самых распространённых паролей.</translation>
        </message>
        <message>
            <source>it is made of a few common words or names.</source>
            <translation>она состоит из нескольких распространённых слов или имён.</translation>
        </message>
        <message>
            <source>it repeats the same letters or words.</source>
            <translation>в ней повторяются одни и те же буквы или слова.</translation>
        </message>
        <message>
            <source>it follows a sequence or a keyboard row (abc, 123, qwerty).</source>
            <translation>это последовательность или ряд клавиш (abc, 123, qwerty).</translation>
        </message>
        <message>
            <source>it is built around a date or a year.</source>
            <translation>она построена на дате или годе.</translation>
        </message>
        <message>
            <source>it contains a name or number from the case.</source>
            <translation>в ней есть имя или номер из дела.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: {reason} Use five or more words that do not belong together, for example: {suggestion}</source>
            <translation>Эту кодовую фразу слишком легко угадать: {reason} Используйте пять или больше не связанных между собой слов, например: {suggestion}</translation>
        </message>
        <message>
            <source>This request must be signed by hand in ink (T, U, VAWA, asylum and refugee cases), and its signed page has not been added. Print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page', or on the command line: ombud-desktop case attach ID FILE --category signed_form. Then export again, or send it by mail and sign the printed form. Nothing was saved.</source>
            <translation>Этот запрос должен быть подписан от руки чернилами (дела T, U, VAWA, убежища и беженцев), а подписанная страница ещё не добавлена. Распечатайте страницу для подписи, подпишите её и поставьте дату чернилами, затем добавьте подписанную страницу (скан или фото с телефона) кнопкой «Добавить подписанную страницу» или в командной строке: ombud-desktop case attach ID FILE --category signed_form. Затем экспортируйте снова или отправьте почтой, подписав распечатанную форму. Ничего не сохранено.</translation>
        </message>
        <message>
            <source>The file {path} is an older copy of case {case_id} (version {found}; this vault last saved version {latest}): it was put there from outside Ombud Desktop, so it was not used.</source>
            <translation>Файл {path} — это более старая копия дела {case_id} (версия {found}; последней это хранилище сохранило версию {latest}): он был помещён туда не через Ombud Desktop, поэтому не использован.</translation>
        </message>
        <message>
            <source>{problem} No newer copy is left in the data folder. If you put this copy back yourself from a backup, open it and choose “Use this older copy” (or run `ombud-desktop case accept-older {case_id}`); otherwise delete the case or ask your support contact.</source>
            <translation>{problem} Более новой копии в папке данных не осталось. Если вы сами вернули эту копию из резервной, откройте её и выберите «Использовать эту старую копию» (или выполните `ombud-desktop case accept-older {case_id}`); иначе удалите дело или обратитесь к своему специалисту поддержки.</translation>
        </message>
    </context>
    <context>
        <name>export_steps</name>
        <message>
            <source>Making the fax cover sheet</source>
            <translation>Создаётся титульный лист факса</translation>
        </message>
        <message>
            <source>Putting the form and documents together</source>
            <translation>Форма и документы собираются вместе</translation>
        </message>
        <message>
            <source>Making the pages grayscale for the fax</source>
            <translation>Страницы переводятся в оттенки серого для факса</translation>
        </message>
        <message>
            <source>Making the fax TIFF file</source>
            <translation>Создаётся файл TIFF для факса</translation>
        </message>
        <message>
            <source>Stamping the name and page number on each page</source>
            <translation>На каждую страницу ставятся имя и номер страницы</translation>
        </message>
        <message>
            <source>Making the form PDF</source>
            <translation>Создаётся PDF формы</translation>
        </message>
        <message>
            <source>Turning the documents into pages</source>
            <translation>Документы превращаются в страницы</translation>
        </message>
        <message>
            <source>Writing the cover letter</source>
            <translation>Пишется сопроводительное письмо</translation>
        </message>
        <message>
            <source>Making the checklist and the address page</source>
            <translation>Создаются контрольный список и страница с адресом</translation>
        </message>
        <message>
            <source>Writing README.txt and the checksums</source>
            <translation>Пишутся README.txt и контрольные суммы</translation>
        </message>
        <message>
            <source>Making the email message</source>
            <translation>Создаётся письмо</translation>
        </message>
        <message>
            <source>Saving the email and its attachments</source>
            <translation>Сохраняются письмо и вложения</translation>
        </message>
        <message>
            <source>Saving the fax</source>
            <translation>Сохраняется факс</translation>
        </message>
        <message>
            <source>Saving the print packet</source>
            <translation>Сохраняется пакет для печати</translation>
        </message>
        <message>
            <source>Reading the case</source>
            <translation>Читается дело</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>An A-Number is the letter A and 7 to 9 digits, like A123-456-789.</source>
            <extracomment>finding code a_number.format</extracomment>
            <translation>A-Number (номер A) — это буква A и от 7 до 9 цифр, например A123-456-789.</translation>
        </message>
        <message>
            <source>Give the date of this contact with USCIS. It shows whether USCIS has had time to fix the problem.</source>
            <extracomment>finding code actions_taken.date_missing</extracomment>
            <translation>Укажите дату этого обращения в USCIS. Она показывает, было ли у USCIS время исправить проблему.</translation>
        </message>
        <message>
            <source>{value} is not one of the choices here. Pick one from the list.</source>
            <extracomment>finding code choice.unknown</extracomment>
            <translation>{value} нет среди вариантов. Выберите вариант из списка.</translation>
        </message>
        <message>
            <source>When you help someone else, they must agree to and sign the consent on this form, or you must attach their signed consent (document type: Signed consent).</source>
            <extracomment>finding code consent.helper_required</extracomment>
            <translation>Если вы помогаете другому человеку, он должен согласиться и подписать согласие в этой форме, или вы должны приложить его подписанное согласие (тип документа: Подписанное согласие).</translation>
        </message>
        <message>
            <source>The person with the case must agree to the consent. Without it the Ombudsman cannot work on the case.</source>
            <extracomment>finding code consent.not_agreed</extracomment>
            <translation>Человек, чьё это дело, должен дать согласие. Без него Омбудсмен не может работать по делу.</translation>
        </message>
        <message>
            <source>Say who filled in or read this form to the person, and in which language.</source>
            <extracomment>finding code consent.preparer_statement_missing</extracomment>
            <translation>Укажите, кто заполнил эту форму или прочитал её человеку, и на каком языке.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax, print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page'. By mail, sign the printed form itself.</source>
            <extracomment>finding code consent.signed_form_missing</extracomment>
            <translation>Эта форма подписывается от руки чернилами. Чтобы отправить её по электронной почте или факсу, распечатайте страницу для подписи, подпишите её и поставьте дату чернилами, затем добавьте подписанную страницу (скан или фото с телефона) кнопкой «Добавить подписанную страницу». При отправке почтой подпишите саму распечатанную форму.</translation>
        </message>
        <message>
            <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose 'Print, sign in ink, and scan'.</source>
            <extracomment>finding code consent.wet_ink_required</extracomment>
            <translation>В делах T, U, VAWA, убежища и беженцев согласие подписывается от руки, ручкой. Выберите «Распечатать, подписать ручкой и отсканировать».</translation>
        </message>
        <message>
            <source>Contact USCIS first: call 1-800-375-5283 or send an e-Request. The Ombudsman expects you to have tried USCIS in the last 90 days.</source>
            <extracomment>finding code contact.none</extracomment>
            <translation>Сначала обратитесь в USCIS: позвоните по номеру 1-800-375-5283 или отправьте e-Request. Омбудсмен ожидает, что вы обращались в USCIS за последние 90 дней.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was {days} days ago. The Ombudsman expects a contact in the last 90 days: contact USCIS again first.</source>
            <extracomment>finding code contact.too_old</extracomment>
            <translation>Последний раз вы обращались в USCIS {days} дн. назад. Омбудсмен ожидает обращения за последние 90 дней: сначала снова свяжитесь с USCIS.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was only {days} days ago. The Ombudsman asks you to give USCIS at least 60 days to fix the problem (until {wait_until}).</source>
            <extracomment>finding code contact.too_recent</extracomment>
            <translation>Последний раз вы обращались в USCIS всего {days} дн. назад. Омбудсмен просит дать USCIS не меньше 60 дней, чтобы решить проблему (до {wait_until}).</translation>
        </message>
        <message>
            <source>{value} is not a country we know. It is kept as you typed it; check the spelling or pick a country from the list.</source>
            <extracomment>finding code country.unknown</extracomment>
            <translation>Мы не знаем страну «{value}». Сохранено так, как вы написали; проверьте написание или выберите страну из списка.</translation>
        </message>
        <message>
            <source>Enter a real date as mm/dd/yyyy, like 03/14/2026.</source>
            <extracomment>finding code date.format</extracomment>
            <translation>Введите настоящую дату в формате мм/дд/гггг, например 03/14/2026.</translation>
        </message>
        <message>
            <source>This date ({date}) is after today. Check it.</source>
            <extracomment>finding code date.future</extracomment>
            <translation>Эта дата ({date}) позже сегодняшней. Проверьте её.</translation>
        </message>
        <message>
            <source>The file of "{title}" was never added. Add the file on the documents step, or remove the document from the list.</source>
            <extracomment>finding code documents.file_missing</extracomment>
            <translation>Файл «{title}» так и не был добавлен. Добавьте файл на шаге документов или уберите документ из списка.</translation>
        </message>
        <message>
            <source>"{title}" is {size} MB, more than one email of {limit} MB can carry: an email export leaves it out, and says so, for you to send it by fax or mail. Or scan it again with fewer pages or at a lower resolution.</source>
            <extracomment>finding code documents.too_big_for_email</extracomment>
            <translation>«{title}» занимает {size} МБ — больше, чем вмещает одно письмо в {limit} МБ: при экспорте для электронной почты он будет пропущен (об этом будет сказано), чтобы вы отправили его факсом или почтой. Или отсканируйте его заново с меньшим числом страниц или с меньшим разрешением.</translation>
        </message>
        <message>
            <source>This does not look like an email address. It should look like name@example.org.</source>
            <extracomment>finding code email.format</extracomment>
            <translation>Это не похоже на адрес электронной почты. Он должен выглядеть как name@example.org.</translation>
        </message>
        <message>
            <source>Give the receipt number, or say why there is none.</source>
            <extracomment>finding code filing.no_receipt_reason</extracomment>
            <translation>Укажите номер квитанции или объясните, почему его нет.</translation>
        </message>
        <message>
            <source>List at least one application or petition you filed with USCIS.</source>
            <extracomment>finding code filings.none</extracomment>
            <translation>Укажите хотя бы одно заявление или петицию, которые вы подали в USCIS.</translation>
        </message>
        <message>
            <source>{value} does not look like a USCIS form number such as I-130 or N-400. Check the top of the form you filed.</source>
            <extracomment>finding code form_number.format</extracomment>
            <translation>{value} не похоже на номер формы USCIS, например I-130 или N-400. Посмотрите вверху формы, которую вы подали.</translation>
        </message>
        <message>
            <source>An attorney or accredited representative must attach a copy of the Form G-28 that is on file with USCIS (document type: Form G-28).</source>
            <extracomment>finding code g28.missing</extracomment>
            <translation>Адвокат или аккредитованный представитель должен приложить копию формы G-28, которая есть в USCIS (тип документа: Форма G-28).</translation>
        </message>
        <message>
            <source>Enter a number of 0 or more, like 14.</source>
            <extracomment>finding code number.format</extracomment>
            <translation>Введите число 0 или больше, например 14.</translation>
        </message>
        <message>
            <source>Enter the phone number with its area code, like 202-555-0142, or start with + and the country code for a number outside the U.S.</source>
            <extracomment>finding code phone.format</extracomment>
            <translation>Введите номер телефона с кодом региона, например 202-555-0142, или начните с + и кода страны, если номер не в США.</translation>
        </message>
        <message>
            <source>A U.S. ZIP code is 5 digits, or 5 + 4 digits, like 20528 or 20528-0180.</source>
            <extracomment>finding code postal_code.us_zip</extracomment>
            <translation>Почтовый индекс (ZIP) США — это 5 цифр или 5 + 4 цифры, например 20528 или 20528-0180.</translation>
        </message>
        <message>
            <source>By these dates the case has waited {months_pending} months, not longer than the posted {posted_months} months. The Ombudsman usually helps only after that time has passed.</source>
            <extracomment>finding code processing.not_past</extracomment>
            <translation>По этим датам дело ждёт {months_pending} мес., не дольше опубликованного срока ({posted_months} мес.). Омбудсмен обычно помогает только после того, как этот срок прошёл.</translation>
        </message>
        <message>
            <source>Give USCIS's posted processing time in months, so we can show how long past it your case is.</source>
            <extracomment>finding code processing.posted_time_missing</extracomment>
            <translation>Укажите опубликованный USCIS срок рассмотрения в месяцах, чтобы мы показали, насколько ваше дело его превысило.</translation>
        </message>
        <message>
            <source>Add the receipt date of your application, so we can count how long it has waited.</source>
            <extracomment>finding code processing.receipt_date_missing</extracomment>
            <translation>Добавьте дату получения вашего заявления, чтобы мы посчитали, сколько оно ждёт.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months.</source>
            <extracomment>finding code processing.summary</extracomment>
            <translation>Самое старое заявление получено {receipt_date} и ждёт уже {months_pending} мес.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months: {months_past} months past the posted processing time of {posted_months} months, which ended on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_past</extracomment>
            <translation>Самое старое заявление получено {receipt_date} и ждёт уже {months_pending} мес.: на {months_past} мес. дольше опубликованного срока рассмотрения ({posted_months} мес.), который закончился {posted_time_ends}.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months. The posted processing time of {posted_months} months ends on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_within</extracomment>
            <translation>Самое старое заявление получено {receipt_date} и ждёт уже {months_pending} мес. Опубликованный срок рассмотрения ({posted_months} мес.) заканчивается {posted_time_ends}.</translation>
        </message>
        <message>
            <source>You chose emergency or hardship: describe it, so the Ombudsman can see why it is urgent.</source>
            <extracomment>finding code reasons.hardship_description_missing</extracomment>
            <translation>Вы выбрали срочную ситуацию или тяжёлые обстоятельства: опишите их, чтобы Омбудсмен понял, почему это срочно.</translation>
        </message>
        <message>
            <source>This receipt number is listed twice. Remove one of them.</source>
            <extracomment>finding code receipt_number.duplicate</extracomment>
            <translation>Этот номер квитанции указан дважды. Удалите один.</translation>
        </message>
        <message>
            <source>A receipt number is 3 letters and 10 digits, like IOE0912345678. Check it against your receipt notice.</source>
            <extracomment>finding code receipt_number.format</extracomment>
            <translation>Номер квитанции — это 3 буквы и 10 цифр, например IOE0912345678. Сверьте его с вашим уведомлением о получении.</translation>
        </message>
        <message>
            <source>{prefix} is not a receipt-number start we know. Check the letters on your receipt notice; if they match, keep it.</source>
            <extracomment>finding code receipt_number.unknown_prefix</extracomment>
            <translation>Мы не знаем номеров квитанций, которые начинаются с {prefix}. Проверьте буквы в уведомлении о получении; если они совпадают, оставьте так.</translation>
        </message>
        <message>
            <source>Worth answering if you can: {label}</source>
            <extracomment>finding code recommended</extracomment>
            <translation>Хорошо бы ответить, если можете: {label}</translation>
        </message>
        <message>
            <source>This needs an answer: {label}</source>
            <extracomment>finding code required</extracomment>
            <translation>Здесь нужен ответ: {label}</translation>
        </message>
        <message>
            <source>Where to go instead: a nonprofit immigration legal service (free or low-cost ones are listed by ImmigrationLawHelp.org); the Justice Department's list of recognized organizations and accredited representatives (EOIR); or your state bar association's lawyer referral service.</source>
            <extracomment>finding code screening.where_to_go</extracomment>
            <translation>Куда обратиться вместо этого: в некоммерческую иммиграционную юридическую службу (бесплатные и недорогие перечислены на ImmigrationLawHelp.org); к списку признанных организаций и аккредитованных представителей Министерства юстиции (EOIR); или в службу направления к адвокатам коллегии адвокатов вашего штата.</translation>
        </message>
        <message>
            <source>This answer holds invisible control characters ({chars}), often copied along with pasted text. Delete the answer and type it again.</source>
            <extracomment>finding code text.control_characters</extracomment>
            <translation>В этом ответе есть невидимые управляющие символы ({chars}), которые часто копируются вместе с вставленным текстом. Удалите ответ и введите его заново.</translation>
        </message>
        <message>
            <source>This answer should be a list of choices.</source>
            <extracomment>finding code type.wrong.array</extracomment>
            <translation>Этот ответ должен быть списком вариантов.</translation>
        </message>
        <message>
            <source>This answer should be yes or no (true or false).</source>
            <extracomment>finding code type.wrong.boolean</extracomment>
            <translation>Этот ответ должен быть «да» или «нет» (true или false).</translation>
        </message>
        <message>
            <source>This should be a group of answers ({{ ... }}), not a single value.</source>
            <extracomment>finding code type.wrong.group</extracomment>
            <translation>Здесь должна быть группа ответов ({{ ... }}), а не одно значение.</translation>
        </message>
        <message>
            <source>This should be a list of items ([ ... ]).</source>
            <extracomment>finding code type.wrong.list</extracomment>
            <translation>Здесь должен быть список ([ ... ]).</translation>
        </message>
        <message>
            <source>This answer should be a number.</source>
            <extracomment>finding code type.wrong.number</extracomment>
            <translation>Этот ответ должен быть числом.</translation>
        </message>
        <message>
            <source>This answer should be text.</source>
            <extracomment>finding code type.wrong.string</extracomment>
            <translation>Этот ответ должен быть текстом.</translation>
        </message>
        <message>
            <source>Ombud Desktop does not know the answer "{field}". It is kept, but it is not printed on the form. Check the spelling of its name.</source>
            <extracomment>finding code unknown_field</extracomment>
            <translation>Ombud Desktop не знает ответа «{field}». Он сохранён, но не печатается в форме. Проверьте, правильно ли написано его название.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot change a USCIS decision you disagree with. It can help when USCIS made a mistake or a delay. To challenge a decision, ask a lawyer about an appeal.</source>
            <extracomment>finding code screening.blocker.disagrees_no_error</extracomment>
            <translation>Омбудсмен не может изменить решение USCIS, с которым вы не согласны. Он может помочь, если USCIS ошибся или затянул. Чтобы оспорить решение, спросите адвоката об апелляции.</translation>
        </message>
        <message>
            <source>The Ombudsman only helps with problems with USCIS. Other agencies, like the State Department or the immigration courts, are not part of its work.</source>
            <extracomment>finding code screening.blocker.not_uscis</extracomment>
            <translation>Омбудсмен помогает только с проблемами с USCIS. Другие ведомства, например Госдепартамент или иммиграционные суды, не входят в его работу.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot give legal advice. A lawyer or an accredited representative can.</source>
            <extracomment>finding code screening.blocker.wants_legal_advice</extracomment>
            <translation>Омбудсмен не может давать юридические советы. Это может адвокат или аккредитованный представитель.</translation>
        </message>
        <message>
            <source>You chose to send the request anyway. The Ombudsman may answer that it cannot help.</source>
            <extracomment>finding code screening.continue_anyway</extracomment>
            <translation>Вы решили всё равно отправить запрос. Омбудсмен может ответить, что не может помочь.</translation>
        </message>
        <message>
            <source>The Ombudsman does not give legal advice, cannot overrule a USCIS decision, and only works on problems with USCIS.</source>
            <extracomment>finding code screening.limits</extracomment>
            <translation>Омбудсмен не даёт юридических советов, не может отменить решение USCIS и работает только с проблемами с USCIS.</translation>
        </message>
        <message>
            <source>From your answers, the Ombudsman may be able to help. Contact USCIS first if you have not: the Ombudsman expects that you tried.</source>
            <extracomment>finding code screening.may_help</extracomment>
            <translation>Судя по вашим ответам, Омбудсмен, возможно, сможет помочь. Если ещё не обращались, сначала обратитесь в USCIS: Омбудсмен ожидает, что вы попробовали.</translation>
        </message>
        <message>
            <source>Choose at least one reason you need help. The Ombudsman helps with delays, mistakes and problems USCIS did not fix.</source>
            <extracomment>finding code screening.no_reason</extracomment>
            <translation>Выберите хотя бы одну причину, по которой вам нужна помощь. Омбудсмен помогает с задержками, ошибками и проблемами, которые USCIS не решил.</translation>
        </message>
        <message>
            <source>Give at least one way to reach the person: phone, email, fax or a mailing address.</source>
            <extracomment>finding code subject.no_contact</extracomment>
            <translation>Укажите хотя бы один способ связаться с человеком: телефон, электронную почту, факс или почтовый адрес.</translation>
        </message>
        <message>
            <source>{value} is not a U.S. state or territory. Pick one from the list.</source>
            <extracomment>finding code us_state.unknown</extracomment>
            <translation>{value} — это не штат и не территория США. Выберите из списка.</translation>
        </message>
        <message>
            <source>A USCIS online account number has 12 digits.</source>
            <extracomment>finding code uscis_account.format</extracomment>
            <translation>Номер онлайн-аккаунта USCIS состоит из 12 цифр.</translation>
        </message>
    </context>
    <context>
        <name>formspec</name>
        <message>
            <source>Can the Ombudsman help?</source>
            <extracomment>section screening: title</extracomment>
            <translation>Может ли Омбудсмен помочь?</translation>
        </message>
        <message>
            <source>The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or went wrong. A few questions first show whether it can help with yours.</source>
            <extracomment>section screening: intro</extracomment>
            <translation>Омбудсмен CIS (CIS Ombudsman) — небольшой офис, который помогает, когда дело в USCIS застряло или пошло не так. Сначала несколько вопросов покажут, может ли он помочь с вашим делом.</translation>
        </message>
        <message>
            <source>What is happening with your case?</source>
            <extracomment>screening.reasons: label</extracomment>
            <translation>Что происходит с вашим делом?</translation>
        </message>
        <message>
            <source>Pick every line that fits. The Ombudsman only helps with problems like these, so this tells us if this form is the right way to get help.</source>
            <extracomment>screening.reasons: help</extracomment>
            <translation>Отметьте все подходящие строки. Омбудсмен помогает только с такими проблемами, поэтому так мы поймём, подходит ли эта форма, чтобы получить помощь.</translation>
        </message>
        <message>
            <source>An emergency or hardship caused by a USCIS mistake or delay</source>
            <extracomment>screening.reasons = hardship</extracomment>
            <translation>Срочная ситуация или тяжёлые обстоятельства из-за ошибки или задержки USCIS</translation>
        </message>
        <message>
            <source>I asked USCIS customer service and it is still not fixed</source>
            <extracomment>screening.reasons = unresolved</extracomment>
            <translation>Я обращался(-ась) в службу поддержки USCIS, но проблема не решена</translation>
        </message>
        <message>
            <source>My case has waited longer than USCIS's posted processing time</source>
            <extracomment>screening.reasons = beyond_processing_time</extracomment>
            <translation>Моё дело ждёт дольше опубликованного срока рассмотрения USCIS</translation>
        </message>
        <message>
            <source>USCIS made a mistake with my case</source>
            <extracomment>screening.reasons = uscis_error</extracomment>
            <translation>USCIS ошибся в моём деле</translation>
        </message>
        <message>
            <source>Do any of these fit your situation?</source>
            <extracomment>screening.blockers: label</extracomment>
            <translation>Подходит ли вам что-то из этого?</translation>
        </message>
        <message>
            <source>Pick any that are true. The Ombudsman cannot help with these, and it is better to know now than to wait for an answer that says no.</source>
            <extracomment>screening.blockers: help</extracomment>
            <translation>Отметьте то, что верно. С этим Омбудсмен помочь не может, и лучше узнать это сейчас, чем ждать отказа.</translation>
        </message>
        <message>
            <source>I want legal advice about my case</source>
            <extracomment>screening.blockers = wants_legal_advice</extracomment>
            <translation>Мне нужна юридическая консультация по делу</translation>
        </message>
        <message>
            <source>My problem is with another office, not USCIS</source>
            <extracomment>screening.blockers = not_uscis</extracomment>
            <translation>Моя проблема связана с другим ведомством, не с USCIS</translation>
        </message>
        <message>
            <source>I disagree with a USCIS decision, but I cannot point to a mistake</source>
            <extracomment>screening.blockers = disagrees_no_error</extracomment>
            <translation>Я не согласен(-на) с решением USCIS, но не могу указать на ошибку</translation>
        </message>
        <message>
            <source>I understand the Ombudsman may not be able to help, and I want to send it anyway</source>
            <extracomment>screening.continue_anyway: label</extracomment>
            <translation>Я понимаю, что Омбудсмен, возможно, не сможет помочь, но всё равно хочу отправить</translation>
        </message>
        <message>
            <source>Only choose this if you read why the Ombudsman may not be able to help and still want to ask. It keeps you from sending a request by mistake.</source>
            <extracomment>screening.continue_anyway: help</extracomment>
            <translation>Выберите это, только если вы прочитали, почему Омбудсмен может не помочь, и всё равно хотите обратиться. Так вы не отправите запрос по ошибке.</translation>
        </message>
        <message>
            <source>What you already did with USCIS</source>
            <extracomment>section actions_taken: title</extracomment>
            <translation>Что вы уже сделали в USCIS</translation>
        </message>
        <message>
            <source>The Ombudsman asks you to contact USCIS first. It expects that you reached USCIS in the last 90 days, and that you gave USCIS at least 60 days to fix the problem.</source>
            <extracomment>section actions_taken: intro</extracomment>
            <translation>Омбудсмен просит сначала обратиться в USCIS. Он ожидает, что вы связывались с USCIS за последние 90 дней и дали USCIS не меньше 60 дней, чтобы решить проблему.</translation>
        </message>
        <message>
            <source>Did you call the USCIS Contact Center (1-800-375-5283)?</source>
            <extracomment>actions_taken.ncsc_called: label</extracomment>
            <translation>Вы звонили в контактный центр USCIS (1-800-375-5283)?</translation>
        </message>
        <message>
            <source>Calling USCIS is usually the first step. The Ombudsman wants to know what you tried so it does not ask you to do it again.</source>
            <extracomment>actions_taken.ncsc_called: help</extracomment>
            <translation>Звонок в USCIS — обычно первый шаг. Омбудсмен хочет знать, что вы уже пробовали, чтобы не просить вас делать это снова.</translation>
        </message>
        <message>
            <source>When did you last call?</source>
            <extracomment>actions_taken.ncsc_date: label</extracomment>
            <translation>Когда вы звонили в последний раз?</translation>
        </message>
        <message>
            <source>The date of your last call. It shows how long USCIS has had to fix the problem.</source>
            <extracomment>actions_taken.ncsc_date: help</extracomment>
            <translation>Дата вашего последнего звонка. Она показывает, сколько времени было у USCIS, чтобы решить проблему.</translation>
        </message>
        <message>
            <source>Service request or referral number</source>
            <extracomment>actions_taken.ncsc_reference: label</extracomment>
            <translation>Номер запроса на обслуживание или направления</translation>
        </message>
        <message>
            <source>If USCIS gave you a number for your call, write it here. It helps the Ombudsman find your call in USCIS records.</source>
            <extracomment>actions_taken.ncsc_reference: help</extracomment>
            <translation>Если USCIS дал вам номер звонка, напишите его здесь. Это поможет Омбудсмену найти ваш звонок в записях USCIS.</translation>
        </message>
        <message>
            <source>Did you check your case status online?</source>
            <extracomment>actions_taken.case_status_checked: label</extracomment>
            <translation>Вы проверяли статус дела онлайн?</translation>
        </message>
        <message>
            <source>USCIS shows case status on its website. This tells the Ombudsman what USCIS was showing you.</source>
            <extracomment>actions_taken.case_status_checked: help</extracomment>
            <translation>USCIS показывает статус дел на своём сайте. Так Омбудсмен узнает, что USCIS вам показывал.</translation>
        </message>
        <message>
            <source>When did you last check it?</source>
            <extracomment>actions_taken.case_status_date: label</extracomment>
            <translation>Когда вы проверяли его в последний раз?</translation>
        </message>
        <message>
            <source>The last date you looked at your case status.</source>
            <extracomment>actions_taken.case_status_date: help</extracomment>
            <translation>Последняя дата, когда вы смотрели статус дела.</translation>
        </message>
        <message>
            <source>Did you go to a USCIS office appointment (InfoPass)?</source>
            <extracomment>actions_taken.appointment: label</extracomment>
            <translation>Вы ходили на приём в офис USCIS (InfoPass)?</translation>
        </message>
        <message>
            <source>An in-person appointment is another way to ask USCIS for help. Say if you had one.</source>
            <extracomment>actions_taken.appointment: help</extracomment>
            <translation>Личный приём — ещё один способ попросить USCIS о помощи. Укажите, был ли у вас приём.</translation>
        </message>
        <message>
            <source>Date of the appointment</source>
            <extracomment>actions_taken.appointment_date: label</extracomment>
            <translation>Дата приёма</translation>
        </message>
        <message>
            <source>The date you went to the USCIS office.</source>
            <extracomment>actions_taken.appointment_date: help</extracomment>
            <translation>Дата, когда вы ходили в офис USCIS.</translation>
        </message>
        <message>
            <source>Which USCIS office?</source>
            <extracomment>actions_taken.appointment_office: label</extracomment>
            <translation>Какой офис USCIS?</translation>
        </message>
        <message>
            <source>The city or name of the office you went to.</source>
            <extracomment>actions_taken.appointment_office: help</extracomment>
            <translation>Город или название офиса, куда вы ходили.</translation>
        </message>
        <message>
            <source>Did you send USCIS an online request (e-Request)?</source>
            <extracomment>actions_taken.e_request: label</extracomment>
            <translation>Вы отправляли в USCIS онлайн-запрос (e-Request)?</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website to ask about a case. Say if you sent one.</source>
            <extracomment>actions_taken.e_request: help</extracomment>
            <translation>e-Request — это форма на сайте USCIS, чтобы спросить о деле. Укажите, отправляли ли вы её.</translation>
        </message>
        <message>
            <source>Date of the e-Request</source>
            <extracomment>actions_taken.e_request_date: label</extracomment>
            <translation>Дата e-Request</translation>
        </message>
        <message>
            <source>The date you sent the online request.</source>
            <extracomment>actions_taken.e_request_date: help</extracomment>
            <translation>Дата, когда вы отправили онлайн-запрос.</translation>
        </message>
        <message>
            <source>e-Request number</source>
            <extracomment>actions_taken.e_request_number: label</extracomment>
            <translation>Номер e-Request</translation>
        </message>
        <message>
            <source>The number USCIS gave you for the online request, if you have it.</source>
            <extracomment>actions_taken.e_request_number: help</extracomment>
            <translation>Номер, который USCIS дал вам на онлайн-запрос, если он есть.</translation>
        </message>
        <message>
            <source>Did a member of Congress ask USCIS about your case?</source>
            <extracomment>actions_taken.congress_inquiry: label</extracomment>
            <translation>Член Конгресса спрашивал USCIS о вашем деле?</translation>
        </message>
        <message>
            <source>Your senator or representative can also ask USCIS. The Ombudsman wants to know so two offices do not do the same work.</source>
            <extracomment>actions_taken.congress_inquiry: help</extracomment>
            <translation>Ваш сенатор или член Палаты представителей тоже может обратиться в USCIS. Омбудсмену важно это знать, чтобы два офиса не делали одну работу.</translation>
        </message>
        <message>
            <source>Which office of Congress?</source>
            <extracomment>actions_taken.congress_office: label</extracomment>
            <translation>Какой офис Конгресса?</translation>
        </message>
        <message>
            <source>The name of the senator or representative whose office helped.</source>
            <extracomment>actions_taken.congress_office: help</extracomment>
            <translation>Имя сенатора или представителя, чей офис помогал.</translation>
        </message>
        <message>
            <source>Anything else you did to fix the problem</source>
            <extracomment>actions_taken.other: label</extracomment>
            <translation>Что ещё вы делали, чтобы решить проблему</translation>
        </message>
        <message>
            <source>For example letters you sent to USCIS. Everything you tried helps the Ombudsman.</source>
            <extracomment>actions_taken.other: help</extracomment>
            <translation>Например, письма, которые вы отправляли в USCIS. Всё, что вы пробовали, помогает Омбудсмену.</translation>
        </message>
        <message>
            <source>Why you are asking for help</source>
            <extracomment>section reasons: title</extracomment>
            <translation>Почему вы просите помощи</translation>
        </message>
        <message>
            <source>Tell the Ombudsman what went wrong and what you want fixed.</source>
            <extracomment>section reasons: intro</extracomment>
            <translation>Расскажите Омбудсмену, что пошло не так и что вы хотите исправить.</translation>
        </message>
        <message>
            <source>Why are you asking for help?</source>
            <extracomment>reasons.kinds: label</extracomment>
            <translation>Почему вы просите помощи?</translation>
        </message>
        <message>
            <source>Pick every reason that fits. It helps the Ombudsman see how urgent your case is.</source>
            <extracomment>reasons.kinds: help</extracomment>
            <translation>Отметьте все подходящие причины. Это поможет Омбудсмену понять, насколько срочное у вас дело.</translation>
        </message>
        <message>
            <source>Emergency or hardship</source>
            <extracomment>reasons.kinds = emergency_hardship</extracomment>
            <translation>Срочная ситуация или тяжёлые обстоятельства</translation>
        </message>
        <message>
            <source>Pending longer than the posted processing time</source>
            <extracomment>reasons.kinds = beyond_processing_time</extracomment>
            <translation>Рассматривается дольше опубликованного срока</translation>
        </message>
        <message>
            <source>USCIS made a mistake</source>
            <extracomment>reasons.kinds = uscis_error</extracomment>
            <translation>USCIS допустил ошибку</translation>
        </message>
        <message>
            <source>At risk of losing status or building up unlawful presence</source>
            <extracomment>reasons.kinds = losing_status</extracomment>
            <translation>Риск потерять статус или накопить незаконное пребывание</translation>
        </message>
        <message>
            <source>USCIS lost documents</source>
            <extracomment>reasons.kinds = lost_documents</extracomment>
            <translation>USCIS потерял документы</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>reasons.kinds = other</extracomment>
            <translation>Другое</translation>
        </message>
        <message>
            <source>What is the emergency or hardship?</source>
            <extracomment>reasons.hardship_description: label</extracomment>
            <translation>Какая срочная ситуация или тяжёлые обстоятельства?</translation>
        </message>
        <message>
            <source>Explain what will happen if USCIS does not act soon, for example losing a job, missing medical care, or a family member who is very sick. The Ombudsman looks at urgent cases first, so clear facts matter.</source>
            <extracomment>reasons.hardship_description: help</extracomment>
            <translation>Объясните, что случится, если USCIS не примет меры скоро: например, потеря работы, пропуск лечения или тяжело больной член семьи. Омбудсмен сначала рассматривает срочные дела, поэтому важны ясные факты.</translation>
        </message>
        <message>
            <source>USCIS's posted processing time (months)</source>
            <extracomment>reasons.posted_processing_time_months: label</extracomment>
            <translation>Опубликованный USCIS срок рассмотрения (месяцев)</translation>
        </message>
        <message>
            <source>USCIS posts how long a form usually takes at each office. Write the number of months it showed. We use it to count how far past that time your case is.</source>
            <extracomment>reasons.posted_processing_time_months: help</extracomment>
            <translation>USCIS публикует, сколько обычно рассматривается форма в каждом офисе. Напишите число месяцев, которое там было. Мы посчитаем, насколько ваше дело превысило этот срок.</translation>
        </message>
        <message>
            <source>When did you look up that processing time?</source>
            <extracomment>reasons.processing_time_checked_on: label</extracomment>
            <translation>Когда вы смотрели этот срок рассмотрения?</translation>
        </message>
        <message>
            <source>Processing times change. The date shows which posted time you compared with.</source>
            <extracomment>reasons.processing_time_checked_on: help</extracomment>
            <translation>Сроки рассмотрения меняются. Дата показывает, с каким опубликованным сроком вы сравнивали.</translation>
        </message>
        <message>
            <source>What happened?</source>
            <extracomment>reasons.problem_description: label</extracomment>
            <translation>Что случилось?</translation>
        </message>
        <message>
            <source>Tell the story in order, with dates if you know them: what you filed, what USCIS did or did not do, and what you tried. This is the most important part: the Ombudsman reads it to understand your problem.</source>
            <extracomment>reasons.problem_description: help</extracomment>
            <translation>Расскажите по порядку, с датами, если вы их знаете: что вы подали, что USCIS сделал или не сделал и что вы пробовали. Это самая важная часть: Омбудсмен читает её, чтобы понять вашу проблему.</translation>
        </message>
        <message>
            <source>What do you want the Ombudsman to do?</source>
            <extracomment>reasons.desired_outcome: label</extracomment>
            <translation>Что вы хотите, чтобы сделал Омбудсмен?</translation>
        </message>
        <message>
            <source>For example: ask USCIS to decide the case, or to correct a mistake on a card. A clear request is easier to act on.</source>
            <extracomment>reasons.desired_outcome: help</extracomment>
            <translation>Например: попросить USCIS принять решение по делу или исправить ошибку в карте. Ясную просьбу легче выполнить.</translation>
        </message>
        <message>
            <source>Who is filling in this request</source>
            <extracomment>section submitter: title</extracomment>
            <translation>Кто заполняет этот запрос</translation>
        </message>
        <message>
            <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person's written consent.</source>
            <extracomment>section submitter: intro</extracomment>
            <translation>Вы можете просить помощи для себя или помочь попросить другому человеку. Адвокату нужна форма G-28 в USCIS; всем остальным, кто помогает, нужно письменное согласие человека.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <extracomment>submitter.role: label</extracomment>
            <translation>Кто вы?</translation>
        </message>
        <message>
            <source>I am the person with the USCIS case</source>
            <extracomment>submitter.role = self</extracomment>
            <translation>Я — человек, чьё это дело в USCIS</translation>
        </message>
        <message>
            <source>I am their attorney or accredited representative</source>
            <extracomment>submitter.role = attorney</extracomment>
            <translation>Я — его адвокат или аккредитованный представитель</translation>
        </message>
        <message>
            <source>You need a copy of your Form G-28 that is on file with USCIS.</source>
            <extracomment>submitter.role = attorney: help</extracomment>
            <translation>Вам нужна копия вашей формы G-28, которая есть в USCIS.</translation>
        </message>
        <message>
            <source>I am helping them (family, volunteer, school official, congressional staff…)</source>
            <extracomment>submitter.role = helper</extracomment>
            <translation>Я помогаю этому человеку (родственник, волонтёр, сотрудник школы, сотрудник Конгресса…)</translation>
        </message>
        <message>
            <source>The person must sign a consent that lets you ask for them.</source>
            <extracomment>submitter.role = helper: help</extracomment>
            <translation>Человек должен подписать согласие, которое разрешает вам обращаться за него.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <extracomment>submitter.name: label</extracomment>
            <translation>Ваше полное имя</translation>
        </message>
        <message>
            <source>The Ombudsman writes to you as the person who sent the request.</source>
            <extracomment>submitter.name: help</extracomment>
            <translation>Омбудсмен пишет вам как человеку, который отправил запрос.</translation>
        </message>
        <message>
            <source>Organization or law firm</source>
            <extracomment>submitter.organization: label</extracomment>
            <translation>Организация или юридическая фирма</translation>
        </message>
        <message>
            <source>If you help as part of a group or law firm, give its name.</source>
            <extracomment>submitter.organization: help</extracomment>
            <translation>Если вы помогаете от имени группы или юридической фирмы, укажите её название.</translation>
        </message>
        <message>
            <source>How are you related to the person?</source>
            <extracomment>submitter.relationship: label</extracomment>
            <translation>Кем вы приходитесь этому человеку?</translation>
        </message>
        <message>
            <source>For example: daughter, friend, volunteer at a community center.</source>
            <extracomment>submitter.relationship: help</extracomment>
            <translation>Например: дочь, друг, волонтёр в общественном центре.</translation>
        </message>
        <message>
            <source>Your phone</source>
            <extracomment>submitter.phone: label</extracomment>
            <translation>Ваш телефон</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach you with questions.</source>
            <extracomment>submitter.phone: help</extracomment>
            <translation>Номер, по которому Омбудсмен может связаться с вами, если будут вопросы.</translation>
        </message>
        <message>
            <source>Your email</source>
            <extracomment>submitter.email: label</extracomment>
            <translation>Ваша электронная почта</translation>
        </message>
        <message>
            <source>Email is the fastest way for the Ombudsman to answer.</source>
            <extracomment>submitter.email: help</extracomment>
            <translation>Электронная почта — самый быстрый способ получить ответ Омбудсмена.</translation>
        </message>
        <message>
            <source>Your fax</source>
            <extracomment>submitter.fax: label</extracomment>
            <translation>Ваш факс</translation>
        </message>
        <message>
            <source>Only if you use a fax machine.</source>
            <extracomment>submitter.fax: help</extracomment>
            <translation>Только если вы пользуетесь факсом.</translation>
        </message>
        <message>
            <source>Street address</source>
            <extracomment>submitter.address.street: label</extracomment>
            <translation>Адрес (дом и улица)</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.street: help</extracomment>
            <translation>Номер дома и улица или абонентский ящик (P.O. box), чтобы Омбудсмен мог присылать вам письма.</translation>
        </message>
        <message>
            <source>Apartment, suite or floor</source>
            <extracomment>submitter.address.unit: label</extracomment>
            <translation>Квартира, офис или этаж</translation>
        </message>
        <message>
            <source>Leave empty if none.</source>
            <extracomment>submitter.address.unit: help</extracomment>
            <translation>Оставьте пустым, если нет.</translation>
        </message>
        <message>
            <source>City or town</source>
            <extracomment>submitter.address.city: label</extracomment>
            <translation>Город</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.city: help</extracomment>
            <translation>Город, чтобы Омбудсмен мог присылать вам письма.</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>submitter.address.state: label</extracomment>
            <translation>Штат</translation>
        </message>
        <message>
            <source>In the U.S., pick the state or territory. Outside the U.S., write the province or region.</source>
            <extracomment>submitter.address.state: help</extracomment>
            <translation>В США выберите штат или территорию. За пределами США напишите провинцию или регион.</translation>
        </message>
        <message>
            <source>ZIP code</source>
            <extracomment>submitter.address.postal_code: label</extracomment>
            <translation>Почтовый индекс (ZIP)</translation>
        </message>
        <message>
            <source>In the U.S. this is 5 digits, or 5 + 4 digits (20528 or 20528-0180). Outside the U.S., write the postal code as it appears on letters.</source>
            <extracomment>submitter.address.postal_code: help</extracomment>
            <translation>В США это 5 цифр или 5 + 4 цифры (20528 или 20528-0180). За пределами США напишите индекс так, как он указан в письмах.</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>submitter.address.country: label</extracomment>
            <translation>Страна</translation>
        </message>
        <message>
            <source>The country of this address.</source>
            <extracomment>submitter.address.country: help</extracomment>
            <translation>Страна этого адреса.</translation>
        </message>
        <message>
            <source>Bar number</source>
            <extracomment>submitter.bar_number: label</extracomment>
            <translation>Номер в коллегии адвокатов (bar number)</translation>
        </message>
        <message>
            <source>Attorneys: your state bar number, which shows you may practice law.</source>
            <extracomment>submitter.bar_number: help</extracomment>
            <translation>Для адвокатов: ваш номер в коллегии адвокатов штата, который показывает, что вы можете вести практику.</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <extracomment>submitter.accreditation: label</extracomment>
            <translation>Аккредитация</translation>
        </message>
        <message>
            <source>The Ombudsman only talks about a case with the person, or with someone the person allowed. So it needs to know who is asking.</source>
            <extracomment>submitter.role: help</extracomment>
            <translation>Омбудсмен обсуждает дело только с самим человеком или с тем, кому он разрешил. Поэтому ему нужно знать, кто спрашивает.</translation>
        </message>
        <message>
            <source>If you are an accredited representative: the name of your group and your number. It shows you may help people with USCIS cases.</source>
            <extracomment>submitter.accreditation: help</extracomment>
            <translation>Если вы аккредитованный представитель: название вашей организации и ваш номер. Это показывает, что вы можете помогать людям с делами в USCIS.</translation>
        </message>
        <message>
            <source>The person or employer with the USCIS case</source>
            <extracomment>section subject: title</extracomment>
            <translation>Человек или работодатель, чьё это дело в USCIS</translation>
        </message>
        <message>
            <source>Give the details of the person (or employer) who filed with USCIS and has the problem. Do not enter the attorney or law firm here.</source>
            <extracomment>section subject: intro</extracomment>
            <translation>Укажите данные человека (или работодателя), который подал документы в USCIS и у которого проблема. Не указывайте здесь адвоката или юридическую фирму.</translation>
        </message>
        <message>
            <source>Is this a person or an employer/organization?</source>
            <extracomment>subject.kind: label</extracomment>
            <translation>Это человек или работодатель/организация?</translation>
        </message>
        <message>
            <source>Employers file petitions too. This decides which name boxes to fill.</source>
            <extracomment>subject.kind: help</extracomment>
            <translation>Работодатели тоже подают петиции. От этого зависит, какие поля с именем заполнять.</translation>
        </message>
        <message>
            <source>A person</source>
            <extracomment>subject.kind = person</extracomment>
            <translation>Человек</translation>
        </message>
        <message>
            <source>An employer or organization</source>
            <extracomment>subject.kind = organization</extracomment>
            <translation>Работодатель или организация</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>subject.title: label</extracomment>
            <translation>Обращение</translation>
        </message>
        <message>
            <source>Optional. How the Ombudsman should address the person in letters.</source>
            <extracomment>subject.title: help</extracomment>
            <translation>Необязательно. Как Омбудсмену обращаться к человеку в письмах.</translation>
        </message>
        <message>
            <source>Mr.</source>
            <extracomment>subject.title = Mr.</extracomment>
            <translation>Г-н (Mr.)</translation>
        </message>
        <message>
            <source>Ms.</source>
            <extracomment>subject.title = Ms.</extracomment>
            <translation>Г-жа (Ms.)</translation>
        </message>
        <message>
            <source>Mx.</source>
            <extracomment>subject.title = Mx.</extracomment>
            <translation>Mx.</translation>
        </message>
        <message>
            <source>First name (given name)</source>
            <extracomment>subject.first_name: label</extracomment>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case. Any alphabet is fine.</source>
            <extracomment>subject.first_name: help</extracomment>
            <translation>Напишите так, как в документах USCIS, чтобы Омбудсмен нашёл нужное дело. Подойдёт любой алфавит.</translation>
        </message>
        <message>
            <source>Middle name</source>
            <extracomment>subject.middle_name: label</extracomment>
            <translation>Второе имя</translation>
        </message>
        <message>
            <source>Only if the USCIS papers show one.</source>
            <extracomment>subject.middle_name: help</extracomment>
            <translation>Только если оно есть в документах USCIS.</translation>
        </message>
        <message>
            <source>Last name (family name)</source>
            <extracomment>subject.last_name: label</extracomment>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case.</source>
            <extracomment>subject.last_name: help</extracomment>
            <translation>Напишите так, как в документах USCIS, чтобы Омбудсмен нашёл нужное дело.</translation>
        </message>
        <message>
            <source>Name of the employer or organization</source>
            <extracomment>subject.organization_name: label</extracomment>
            <translation>Название работодателя или организации</translation>
        </message>
        <message>
            <source>The name that is on the petition filed with USCIS.</source>
            <extracomment>subject.organization_name: help</extracomment>
            <translation>Название, которое указано в петиции, поданной в USCIS.</translation>
        </message>
        <message>
            <source>Other names used</source>
            <extracomment>subject.other_names: label</extracomment>
            <translation>Другие имена</translation>
        </message>
        <message>
            <source>For example a name before marriage or another spelling. USCIS may file papers under it.</source>
            <extracomment>subject.other_names: help</extracomment>
            <translation>Например, фамилия до брака или другое написание. USCIS может хранить документы под этим именем.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <extracomment>subject.date_of_birth: label</extracomment>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>USCIS uses the birth date with the name to find the right person.</source>
            <extracomment>subject.date_of_birth: help</extracomment>
            <translation>USCIS ищет нужного человека по имени и дате рождения.</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <extracomment>subject.country_of_birth: label</extracomment>
            <translation>Страна рождения</translation>
        </message>
        <message>
            <source>It helps USCIS match the records.</source>
            <extracomment>subject.country_of_birth: help</extracomment>
            <translation>Это помогает USCIS найти нужные записи.</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <extracomment>subject.country_of_citizenship: label</extracomment>
            <translation>Страна гражданства</translation>
        </message>
        <message>
            <source>The country whose passport the person holds.</source>
            <extracomment>subject.country_of_citizenship: help</extracomment>
            <translation>Страна, паспорт которой у человека.</translation>
        </message>
        <message>
            <source>A-Number (if any)</source>
            <extracomment>subject.a_number: label</extracomment>
            <translation>A-Number (если есть)</translation>
        </message>
        <message>
            <source>Not every person has an A-Number. If you have one, it starts with A and has 7 to 9 digits (A123-456-789). It is the fastest way to find your file.</source>
            <extracomment>subject.a_number: help</extracomment>
            <translation>Не у всех есть A-Number. Если он у вас есть, он начинается с A и содержит от 7 до 9 цифр (A123-456-789). Это самый быстрый способ найти ваше дело.</translation>
        </message>
        <message>
            <source>USCIS online account number (if any)</source>
            <extracomment>subject.uscis_online_account_number: label</extracomment>
            <translation>Номер онлайн-аккаунта USCIS (если есть)</translation>
        </message>
        <message>
            <source>12 digits. You have one only if you filed online or got it in a USCIS notice.</source>
            <extracomment>subject.uscis_online_account_number: help</extracomment>
            <translation>12 цифр. Он есть, только если вы подавали документы онлайн или получили его в уведомлении USCIS.</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.street: help</extracomment>
            <translation>Номер дома и улица или абонентский ящик (P.O. box), чтобы Омбудсмен мог присылать человеку письма.</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.city: help</extracomment>
            <translation>Город, чтобы Омбудсмен мог присылать человеку письма.</translation>
        </message>
        <message>
            <source>Phone</source>
            <extracomment>subject.phone: label</extracomment>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach the person. At least one way to reach them is needed.</source>
            <extracomment>subject.phone: help</extracomment>
            <translation>Номер, по которому Омбудсмен может связаться с человеком. Нужен хотя бы один способ связи.</translation>
        </message>
        <message>
            <source>Fax</source>
            <extracomment>subject.fax: label</extracomment>
            <translation>Факс</translation>
        </message>
        <message>
            <source>Only if the person uses a fax machine.</source>
            <extracomment>subject.fax: help</extracomment>
            <translation>Только если человек пользуется факсом.</translation>
        </message>
        <message>
            <source>Email (to get Ombudsman updates)</source>
            <extracomment>subject.email: label</extracomment>
            <translation>Электронная почта (для новостей от Омбудсмена)</translation>
        </message>
        <message>
            <source>The Ombudsman sends updates about the request to this email.</source>
            <extracomment>subject.email: help</extracomment>
            <translation>Омбудсмен присылает новости о запросе на эту почту.</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <extracomment>subject.preferred_language: label</extracomment>
            <translation>Предпочитаемый язык</translation>
        </message>
        <message>
            <source>The language the person reads and speaks best.</source>
            <extracomment>subject.preferred_language: help</extracomment>
            <translation>Язык, на котором человек лучше всего читает и говорит.</translation>
        </message>
        <message>
            <source>Does the person need an interpreter?</source>
            <extracomment>subject.needs_interpreter: label</extracomment>
            <translation>Нужен ли человеку переводчик?</translation>
        </message>
        <message>
            <source>So the Ombudsman can plan a call in the person's language.</source>
            <extracomment>subject.needs_interpreter: help</extracomment>
            <translation>Чтобы Омбудсмен мог организовать звонок на языке человека.</translation>
        </message>
        <message>
            <source>Has the person applied for or received T, U, VAWA, asylum or refugee status?</source>
            <extracomment>subject.protected_category: label</extracomment>
            <translation>Человек подавал на статус T, U, VAWA, убежища или беженца либо получил его?</translation>
        </message>
        <message>
            <source>These cases have extra privacy protections. The consent must then be signed by hand in ink: print it, sign it, and scan it.</source>
            <extracomment>subject.protected_category: help</extracomment>
            <translation>Для таких дел действует дополнительная защита личных данных. Тогда согласие подписывается от руки, ручкой: распечатайте, подпишите и отсканируйте.</translation>
        </message>
        <message>
            <source>The beneficiary (if the petition is for someone else)</source>
            <extracomment>section beneficiary: title</extracomment>
            <translation>Бенефициар (если петиция подана для другого человека)</translation>
        </message>
        <message>
            <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person's details. Otherwise skip this page.</source>
            <extracomment>section beneficiary: intro</extracomment>
            <translation>Некоторые петиции подаются для другого человека, например родственника или работника. Если это так, укажите данные этого человека. Если нет, пропустите эту страницу.</translation>
        </message>
        <message>
            <source>Beneficiary's first name</source>
            <extracomment>beneficiary.first_name: label</extracomment>
            <translation>Имя бенефициара</translation>
        </message>
        <message>
            <source>The person the petition is for.</source>
            <extracomment>beneficiary.first_name: help</extracomment>
            <translation>Человек, для которого подана петиция.</translation>
        </message>
        <message>
            <source>Beneficiary's last name</source>
            <extracomment>beneficiary.last_name: label</extracomment>
            <translation>Фамилия бенефициара</translation>
        </message>
        <message>
            <source>As on the petition.</source>
            <extracomment>beneficiary.last_name: help</extracomment>
            <translation>Как в петиции.</translation>
        </message>
        <message>
            <source>Beneficiary's date of birth</source>
            <extracomment>beneficiary.date_of_birth: label</extracomment>
            <translation>Дата рождения бенефициара</translation>
        </message>
        <message>
            <source>Helps USCIS find the right person.</source>
            <extracomment>beneficiary.date_of_birth: help</extracomment>
            <translation>Помогает USCIS найти нужного человека.</translation>
        </message>
        <message>
            <source>Beneficiary's A-Number (if any)</source>
            <extracomment>beneficiary.a_number: label</extracomment>
            <translation>A-Number бенефициара (если есть)</translation>
        </message>
        <message>
            <source>Not everyone has one. If there is one, it helps find the file.</source>
            <extracomment>beneficiary.a_number: help</extracomment>
            <translation>Он есть не у всех. Если есть, он помогает найти дело.</translation>
        </message>
        <message>
            <source>Relationship to the petitioner</source>
            <extracomment>beneficiary.relationship: label</extracomment>
            <translation>Кем приходится заявителю петиции</translation>
        </message>
        <message>
            <source>For example: spouse, son, employee.</source>
            <extracomment>beneficiary.relationship: help</extracomment>
            <translation>Например: супруга, сын, сотрудник.</translation>
        </message>
        <message>
            <source>Applications and petitions filed</source>
            <extracomment>section filings: title</extracomment>
            <translation>Поданные заявления и петиции</translation>
        </message>
        <message>
            <source>List all applications and petitions pending with USCIS that are part of this problem. Include every receipt number: it is how the Ombudsman finds each case.</source>
            <extracomment>section filings: intro</extracomment>
            <translation>Перечислите все заявления и петиции на рассмотрении в USCIS, которые относятся к этой проблеме. Укажите каждый номер квитанции: по нему Омбудсмен находит каждое дело.</translation>
        </message>
        <message>
            <source>Application or petition</source>
            <extracomment>section filings: item_label</extracomment>
            <translation>Заявление или петиция</translation>
        </message>
        <message>
            <source>Form number</source>
            <extracomment>filings[].form_number: label</extracomment>
            <translation>Номер формы</translation>
        </message>
        <message>
            <source>The number printed at the top of the form you filed, like I-130 or N-400. It tells the Ombudsman what you asked USCIS for.</source>
            <extracomment>filings[].form_number: help</extracomment>
            <translation>Номер, напечатанный вверху поданной формы, например I-130 или N-400. Он говорит Омбудсмену, о чём вы просили USCIS.</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <extracomment>filings[].receipt_number: label</extracomment>
            <translation>Номер квитанции</translation>
        </message>
        <message>
            <source>It is on the receipt notice (Form I-797C) USCIS mailed you: 3 letters and 10 numbers, like IOE0912345678. Dashes and spaces are fine.</source>
            <extracomment>filings[].receipt_number: help</extracomment>
            <translation>Он есть в уведомлении о получении (форма I-797C), которое USCIS прислал вам по почте: 3 буквы и 10 цифр, например IOE0912345678. Дефисы и пробелы допустимы.</translation>
        </message>
        <message>
            <source>Why is there no receipt number?</source>
            <extracomment>filings[].no_receipt_reason: label</extracomment>
            <translation>Почему нет номера квитанции?</translation>
        </message>
        <message>
            <source>If you never got a receipt notice, say so here, for example 'filed 5 months ago, no receipt notice yet'. The Ombudsman needs this to look for the case.</source>
            <extracomment>filings[].no_receipt_reason: help</extracomment>
            <translation>Если вы так и не получили уведомление о получении, напишите об этом здесь, например: «подано 5 месяцев назад, уведомления ещё нет». Омбудсмену это нужно, чтобы искать дело.</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <extracomment>filings[].receipt_date: label</extracomment>
            <translation>Дата получения</translation>
        </message>
        <message>
            <source>The 'Received Date' on the receipt notice. We use it to count how long the case has been waiting.</source>
            <extracomment>filings[].receipt_date: help</extracomment>
            <translation>«Received Date» (дата получения) в уведомлении о получении. По ней мы считаем, сколько ждёт дело.</translation>
        </message>
        <message>
            <source>USCIS office handling it</source>
            <extracomment>filings[].office: label</extracomment>
            <translation>Офис USCIS, который ведёт дело</translation>
        </message>
        <message>
            <source>If you know which office or service center has the case, write it here.</source>
            <extracomment>filings[].office: help</extracomment>
            <translation>Если вы знаете, в каком офисе или сервисном центре дело, напишите здесь.</translation>
        </message>
        <message>
            <source>What you asked USCIS for</source>
            <extracomment>section benefit: title</extracomment>
            <translation>О чём вы просили USCIS</translation>
        </message>
        <message>
            <source>Choose the kind of immigration benefit the applications are for.</source>
            <extracomment>section benefit: intro</extracomment>
            <translation>Выберите, к какому виду иммиграционных льгот относятся заявления.</translation>
        </message>
        <message>
            <source>Type of benefit</source>
            <extracomment>benefit.types: label</extracomment>
            <translation>Вид льготы</translation>
        </message>
        <message>
            <source>Pick all that apply. It helps the Ombudsman send your case to the right team.</source>
            <extracomment>benefit.types: help</extracomment>
            <translation>Отметьте всё подходящее. Это помогает Омбудсмену передать дело нужной команде.</translation>
        </message>
        <message>
            <source>Nonimmigrant (ex. Student)</source>
            <extracomment>benefit.types = nonimmigrant</extracomment>
            <translation>Неиммиграционная (напр., студент)</translation>
        </message>
        <message>
            <source>Immigrant (ex. Permanent Residency)</source>
            <extracomment>benefit.types = immigrant</extracomment>
            <translation>Иммиграционная (напр., постоянное жительство)</translation>
        </message>
        <message>
            <source>Citizenship or Naturalization</source>
            <extracomment>benefit.types = citizenship</extracomment>
            <translation>Гражданство или натурализация</translation>
        </message>
        <message>
            <source>Asylum or Refugee</source>
            <extracomment>benefit.types = asylum_refugee</extracomment>
            <translation>Убежище или статус беженца</translation>
        </message>
        <message>
            <source>Interim benefit (ex. Employment Authorization)</source>
            <extracomment>benefit.types = interim</extracomment>
            <translation>Временная льгота (напр., разрешение на работу)</translation>
        </message>
        <message>
            <source>Waiver (ex. Waiver of Grounds of Inadmissibility)</source>
            <extracomment>benefit.types = waiver</extracomment>
            <translation>Освобождение (waiver) (напр., от оснований для недопуска)</translation>
        </message>
        <message>
            <source>What other benefit?</source>
            <extracomment>benefit.other_description: label</extracomment>
            <translation>Какая другая льгота?</translation>
        </message>
        <message>
            <source>You chose 'Other': say in a few words what you asked USCIS for.</source>
            <extracomment>benefit.other_description: help</extracomment>
            <translation>Вы выбрали «Другое»: коротко напишите, о чём вы просили USCIS.</translation>
        </message>
        <message>
            <source>Supporting documents</source>
            <extracomment>section documents: title</extracomment>
            <translation>Подтверждающие документы</translation>
        </message>
        <message>
            <source>Add copies of papers that show the problem, like receipt notices and letters from USCIS. Please do not send original documents: copies only. The files stay encrypted on this computer.</source>
            <extracomment>section documents: intro</extracomment>
            <translation>Добавьте копии бумаг, которые показывают проблему, например уведомления о получении и письма от USCIS. Пожалуйста, не отправляйте оригиналы: только копии. Файлы хранятся на этом компьютере в зашифрованном виде.</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>section documents: item_label</extracomment>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Document id</source>
            <extracomment>documents[].id: label</extracomment>
            <translation>Идентификатор документа</translation>
        </message>
        <message>
            <source>Set by the app.</source>
            <extracomment>documents[].id: help</extracomment>
            <translation>Задаётся программой.</translation>
        </message>
        <message>
            <source>What kind of document is it?</source>
            <extracomment>documents[].category: label</extracomment>
            <translation>Что это за документ?</translation>
        </message>
        <message>
            <source>Helps the Ombudsman see quickly what you sent, and lets the app check that a G-28 or a consent is there when needed.</source>
            <extracomment>documents[].category: help</extracomment>
            <translation>Помогает Омбудсмену быстро увидеть, что вы прислали, и позволяет программе проверить, есть ли G-28 или согласие, когда они нужны.</translation>
        </message>
        <message>
            <source>Copy of something I sent to USCIS</source>
            <extracomment>documents[].category = submitted_to_uscis</extracomment>
            <translation>Копия того, что я отправил(а) в USCIS</translation>
        </message>
        <message>
            <source>Copy of something USCIS sent me</source>
            <extracomment>documents[].category = received_from_uscis</extracomment>
            <translation>Копия того, что USCIS прислал мне</translation>
        </message>
        <message>
            <source>Form G-28 (attorney or representative)</source>
            <extracomment>documents[].category = g28</extracomment>
            <translation>Форма G-28 (адвокат или представитель)</translation>
        </message>
        <message>
            <source>Signed consent of the person</source>
            <extracomment>documents[].category = consent</extracomment>
            <translation>Подписанное согласие человека</translation>
        </message>
        <message>
            <source>The form's signature page, signed in ink (scan or photo)</source>
            <extracomment>documents[].category = signed_form</extracomment>
            <translation>Страница формы для подписи, подписанная чернилами (скан или фото)</translation>
        </message>
        <message>
            <source>Other supporting document</source>
            <extracomment>documents[].category = other</extracomment>
            <translation>Другой подтверждающий документ</translation>
        </message>
        <message>
            <source>Short description</source>
            <extracomment>documents[].title: label</extracomment>
            <translation>Краткое описание</translation>
        </message>
        <message>
            <source>For example 'Receipt notice for I-485'. It is printed in the list of documents.</source>
            <extracomment>documents[].title: help</extracomment>
            <translation>Например: «Уведомление о получении I-485». Печатается в списке документов.</translation>
        </message>
        <message>
            <source>File name</source>
            <extracomment>documents[].original_filename: label</extracomment>
            <translation>Имя файла</translation>
        </message>
        <message>
            <source>The name of the file you added.</source>
            <extracomment>documents[].original_filename: help</extracomment>
            <translation>Имя файла, который вы добавили.</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>documents[].pages: label</extracomment>
            <translation>Страниц</translation>
        </message>
        <message>
            <source>Counted by the app.</source>
            <extracomment>documents[].pages: help</extracomment>
            <translation>Считает программа.</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <extracomment>documents[].sha256: label</extracomment>
            <translation>Отпечаток файла (SHA-256)</translation>
        </message>
        <message>
            <source>Lets the app check the stored copy has not changed.</source>
            <extracomment>documents[].sha256: help</extracomment>
            <translation>Позволяет программе проверить, что сохранённая копия не изменилась.</translation>
        </message>
        <message>
            <source>Added on</source>
            <extracomment>documents[].added_on: label</extracomment>
            <translation>Дата добавления</translation>
        </message>
        <message>
            <source>The day the file was added.</source>
            <extracomment>documents[].added_on: help</extracomment>
            <translation>День, когда файл был добавлен.</translation>
        </message>
        <message>
            <source>Consent</source>
            <extracomment>section consent: title</extracomment>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice below first.</source>
            <extracomment>section consent: intro</extracomment>
            <translation>Омбудсмену нужно разрешение человека, чьё это дело, чтобы смотреть его записи в USCIS и обсуждать их с USCIS. Сначала прочитайте уведомление по Закону о неприкосновенности частной жизни (Privacy Act) ниже.</translation>
        </message>
        <message>
            <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
            <extracomment>consent.agreed: label</extracomment>
            <translation>Человек разрешает Омбудсмену получить его данные и передать их USCIS, чтобы решить эту проблему</translation>
        </message>
        <message>
            <source>The law keeps USCIS records private. The Ombudsman can only look at the case if the person says yes.</source>
            <extracomment>consent.agreed: help</extracomment>
            <translation>Закон охраняет записи USCIS. Омбудсмен может посмотреть дело, только если человек согласен.</translation>
        </message>
        <message>
            <source>How will the person sign?</source>
            <extracomment>consent.signature_method: label</extracomment>
            <translation>Как человек будет подписывать?</translation>
        </message>
        <message>
            <source>Draw the signature, type it as /s/ and the name, or print the page and sign it by hand. For T, U, VAWA, asylum and refugee cases only the ink signature is allowed.</source>
            <extracomment>consent.signature_method: help</extracomment>
            <translation>Нарисуйте подпись, напечатайте её как /s/ и имя или распечатайте страницу и подпишите от руки. В делах T, U, VAWA, убежища и беженцев можно только подписать ручкой.</translation>
        </message>
        <message>
            <source>Draw it on the screen</source>
            <extracomment>consent.signature_method = drawn</extracomment>
            <translation>Нарисовать на экране</translation>
        </message>
        <message>
            <source>Type it (/s/ Name)</source>
            <extracomment>consent.signature_method = typed</extracomment>
            <translation>Напечатать (/s/ Имя)</translation>
        </message>
        <message>
            <source>Print, sign in ink, and scan</source>
            <extracomment>consent.signature_method = wet_ink</extracomment>
            <translation>Распечатать, подписать ручкой и отсканировать</translation>
        </message>
        <message>
            <source>Name of the person signing</source>
            <extracomment>consent.signer_name: label</extracomment>
            <translation>Имя того, кто подписывает</translation>
        </message>
        <message>
            <source>The person with the case signs, or for an employer someone allowed to sign for it.</source>
            <extracomment>consent.signer_name: help</extracomment>
            <translation>Подписывает человек, чьё это дело, а для работодателя — тот, кто имеет право подписывать за него.</translation>
        </message>
        <message>
            <source>Date signed</source>
            <extracomment>consent.signed_on: label</extracomment>
            <translation>Дата подписи</translation>
        </message>
        <message>
            <source>The day the person signed.</source>
            <extracomment>consent.signed_on: help</extracomment>
            <translation>День, когда человек подписал.</translation>
        </message>
        <message>
            <source>Preparer or interpreter statement</source>
            <extracomment>consent.preparer_statement: label</extracomment>
            <translation>Заявление того, кто заполнял или переводил</translation>
        </message>
        <message>
            <source>If someone else filled in this form or read it to the person, write their name and the language, for example: 'Prepared by Minh Tran, read to the subject in Vietnamese.' It shows the person understood what they signed.</source>
            <extracomment>consent.preparer_statement: help</extracomment>
            <translation>Если эту форму заполнил или прочитал человеку кто-то другой, напишите его имя и язык, например: «Заполнено Minh Tran, прочитано заявителю на вьетнамском языке». Это показывает, что человек понял, что подписал.</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>T and U</source>
            <translation>T и U</translation>
        </message>
        <message>
            <source>T and U are kinds of visa: T for victims of human trafficking, U for victims of certain crimes who help the police.</source>
            <translation>T и U — виды виз: T для жертв торговли людьми, U для жертв некоторых преступлений, помогающих полиции.</translation>
        </message>
        <message>
            <source>VAWA (Violence Against Women Act): a way for people abused by a U.S. citizen or permanent resident family member to apply on their own, without the abuser.</source>
            <translation>VAWA (Закон о насилии в отношении женщин): способ для людей, пострадавших от насилия со стороны члена семьи — гражданина США или постоянного жителя, подать заявление самостоятельно, без обидчика.</translation>
        </message>
        <message>
            <source>asylee, refugee</source>
            <translation>получивший убежище, беженец</translation>
        </message>
        <message>
            <source>A refugee was given protection before coming to the United States; an asylee asked for it (asylum) after arriving. Both fear harm in their home country.</source>
            <translation>Беженец получил защиту до приезда в США; получивший убежище попросил о ней (убежище) уже после приезда. Оба боятся преследования на родине.</translation>
        </message>
        <message>
            <source>InfoPass is the old name of an in-person appointment at a USCIS office, made through the USCIS Contact Center.</source>
            <translation>InfoPass — старое название личного приёма в офисе USCIS; записываются через контакт-центр USCIS.</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website for asking about a case, for example when it is past the normal processing time. USCIS answers by email.</source>
            <translation>e-Request — форма на сайте USCIS для вопроса по делу, например когда обычный срок рассмотрения прошёл. USCIS отвечает по электронной почте.</translation>
        </message>
        <message>
            <source>Form G-28 is the form a lawyer or accredited representative signs with the person to show USCIS and the Ombudsman that they represent them.</source>
            <translation>Форма G-28 — это форма, которую адвокат или аккредитованный представитель подписывает вместе с человеком, чтобы показать USCIS и Омбудсмену, что он его представляет.</translation>
        </message>
        <message>
            <source>beneficiary, petitioner</source>
            <translation>бенефициар, петиционер</translation>
        </message>
        <message>
            <source>The petitioner files a petition for someone else (a relative, a worker); that person is the beneficiary.</source>
            <translation>Петиционер подаёт петицию за другого человека (родственника, работника); этот человек — бенефициар.</translation>
        </message>
        <message>
            <source>accredited representative</source>
            <translation>аккредитованный представитель</translation>
        </message>
        <message>
            <source>An accredited representative is not a lawyer but is allowed by the Justice Department to give immigration legal help, working for a recognized nonprofit organization.</source>
            <translation>Аккредитованный представитель — не адвокат, но Министерство юстиции разрешает ему оказывать юридическую помощь по иммиграции, работая в признанной некоммерческой организации.</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>номер квитанции</translation>
        </message>
        <message>
            <source>The receipt number is on the notice USCIS sent after getting an application: three letters and ten digits, for example IOE0912345678.</source>
            <translation>Номер квитанции указан в уведомлении, которое USCIS прислала после получения заявления: три буквы и десять цифр, например IOE0912345678.</translation>
        </message>
        <message>
            <source>The A-Number (Alien Registration Number) is the person's own USCIS number: an A and 8 or 9 digits, on a green card, work permit or USCIS notices.</source>
            <translation>A-Number (регистрационный номер иностранца) — личный номер человека в USCIS: буква A и 8 или 9 цифр, указан на грин-карте, разрешении на работу или в уведомлениях USCIS.</translation>
        </message>
        <message>
            <source>“ex.” means “for example”.</source>
            <translation>«напр.» означает «например».</translation>
        </message>
    </context>
    <context>
        <name>pdf_printing</name>
        <message>
            <source>The packet could not be opened for printing. Make the package again.</source>
            <translation>Не удалось открыть пакет для печати. Создайте пакет заново.</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>Печать пакета для почты</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is on and try again.</source>
            <translation>Не удалось запустить принтер. Проверьте, что он включён, и попробуйте снова.</translation>
        </message>
        <message>
            <source>Printing was cancelled. Pages already sent to the printer may still print.</source>
            <translation>Печать отменена. Страницы, уже отправленные на принтер, всё равно могут напечататься.</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Printing page {page} of {total}…</source>
            <translation>Печать страницы {page} из {total}…</translation>
        </message>
        <message>
            <source>A page could not be prepared for printing. Make the package again.</source>
            <translation>Не удалось подготовить страницу к печати. Создайте пакет заново.</translation>
        </message>
    </context>
    <context>
        <name>us_states</name>
        <message>
            <source>Alabama</source>
            <extracomment>US state or territory AL (postal code)</extracomment>
            <translation>Алабама</translation>
        </message>
        <message>
            <source>Alaska</source>
            <extracomment>US state or territory AK (postal code)</extracomment>
            <translation>Аляска</translation>
        </message>
        <message>
            <source>Arizona</source>
            <extracomment>US state or territory AZ (postal code)</extracomment>
            <translation>Аризона</translation>
        </message>
        <message>
            <source>Arkansas</source>
            <extracomment>US state or territory AR (postal code)</extracomment>
            <translation>Арканзас</translation>
        </message>
        <message>
            <source>California</source>
            <extracomment>US state or territory CA (postal code)</extracomment>
            <translation>Калифорния</translation>
        </message>
        <message>
            <source>Colorado</source>
            <extracomment>US state or territory CO (postal code)</extracomment>
            <translation>Колорадо</translation>
        </message>
        <message>
            <source>Connecticut</source>
            <extracomment>US state or territory CT (postal code)</extracomment>
            <translation>Коннектикут</translation>
        </message>
        <message>
            <source>Delaware</source>
            <extracomment>US state or territory DE (postal code)</extracomment>
            <translation>Делавэр</translation>
        </message>
        <message>
            <source>District of Columbia</source>
            <extracomment>US state or territory DC (postal code)</extracomment>
            <translation>Округ Колумбия</translation>
        </message>
        <message>
            <source>Florida</source>
            <extracomment>US state or territory FL (postal code)</extracomment>
            <translation>Флорида</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>US state or territory GA (postal code)</extracomment>
            <translation>Джорджия</translation>
        </message>
        <message>
            <source>Hawaii</source>
            <extracomment>US state or territory HI (postal code)</extracomment>
            <translation>Гавайи</translation>
        </message>
        <message>
            <source>Idaho</source>
            <extracomment>US state or territory ID (postal code)</extracomment>
            <translation>Айдахо</translation>
        </message>
        <message>
            <source>Illinois</source>
            <extracomment>US state or territory IL (postal code)</extracomment>
            <translation>Иллинойс</translation>
        </message>
        <message>
            <source>Indiana</source>
            <extracomment>US state or territory IN (postal code)</extracomment>
            <translation>Индиана</translation>
        </message>
        <message>
            <source>Iowa</source>
            <extracomment>US state or territory IA (postal code)</extracomment>
            <translation>Айова</translation>
        </message>
        <message>
            <source>Kansas</source>
            <extracomment>US state or territory KS (postal code)</extracomment>
            <translation>Канзас</translation>
        </message>
        <message>
            <source>Kentucky</source>
            <extracomment>US state or territory KY (postal code)</extracomment>
            <translation>Кентукки</translation>
        </message>
        <message>
            <source>Louisiana</source>
            <extracomment>US state or territory LA (postal code)</extracomment>
            <translation>Луизиана</translation>
        </message>
        <message>
            <source>Maine</source>
            <extracomment>US state or territory ME (postal code)</extracomment>
            <translation>Мэн</translation>
        </message>
        <message>
            <source>Maryland</source>
            <extracomment>US state or territory MD (postal code)</extracomment>
            <translation>Мэриленд</translation>
        </message>
        <message>
            <source>Massachusetts</source>
            <extracomment>US state or territory MA (postal code)</extracomment>
            <translation>Массачусетс</translation>
        </message>
        <message>
            <source>Michigan</source>
            <extracomment>US state or territory MI (postal code)</extracomment>
            <translation>Мичиган</translation>
        </message>
        <message>
            <source>Minnesota</source>
            <extracomment>US state or territory MN (postal code)</extracomment>
            <translation>Миннесота</translation>
        </message>
        <message>
            <source>Mississippi</source>
            <extracomment>US state or territory MS (postal code)</extracomment>
            <translation>Миссисипи</translation>
        </message>
        <message>
            <source>Missouri</source>
            <extracomment>US state or territory MO (postal code)</extracomment>
            <translation>Миссури</translation>
        </message>
        <message>
            <source>Montana</source>
            <extracomment>US state or territory MT (postal code)</extracomment>
            <translation>Монтана</translation>
        </message>
        <message>
            <source>Nebraska</source>
            <extracomment>US state or territory NE (postal code)</extracomment>
            <translation>Небраска</translation>
        </message>
        <message>
            <source>Nevada</source>
            <extracomment>US state or territory NV (postal code)</extracomment>
            <translation>Невада</translation>
        </message>
        <message>
            <source>New Hampshire</source>
            <extracomment>US state or territory NH (postal code)</extracomment>
            <translation>Нью-Гэмпшир</translation>
        </message>
        <message>
            <source>New Jersey</source>
            <extracomment>US state or territory NJ (postal code)</extracomment>
            <translation>Нью-Джерси</translation>
        </message>
        <message>
            <source>New Mexico</source>
            <extracomment>US state or territory NM (postal code)</extracomment>
            <translation>Нью-Мексико</translation>
        </message>
        <message>
            <source>New York</source>
            <extracomment>US state or territory NY (postal code)</extracomment>
            <translation>Нью-Йорк</translation>
        </message>
        <message>
            <source>North Carolina</source>
            <extracomment>US state or territory NC (postal code)</extracomment>
            <translation>Северная Каролина</translation>
        </message>
        <message>
            <source>North Dakota</source>
            <extracomment>US state or territory ND (postal code)</extracomment>
            <translation>Северная Дакота</translation>
        </message>
        <message>
            <source>Ohio</source>
            <extracomment>US state or territory OH (postal code)</extracomment>
            <translation>Огайо</translation>
        </message>
        <message>
            <source>Oklahoma</source>
            <extracomment>US state or territory OK (postal code)</extracomment>
            <translation>Оклахома</translation>
        </message>
        <message>
            <source>Oregon</source>
            <extracomment>US state or territory OR (postal code)</extracomment>
            <translation>Орегон</translation>
        </message>
        <message>
            <source>Pennsylvania</source>
            <extracomment>US state or territory PA (postal code)</extracomment>
            <translation>Пенсильвания</translation>
        </message>
        <message>
            <source>Rhode Island</source>
            <extracomment>US state or territory RI (postal code)</extracomment>
            <translation>Род-Айленд</translation>
        </message>
        <message>
            <source>South Carolina</source>
            <extracomment>US state or territory SC (postal code)</extracomment>
            <translation>Южная Каролина</translation>
        </message>
        <message>
            <source>South Dakota</source>
            <extracomment>US state or territory SD (postal code)</extracomment>
            <translation>Южная Дакота</translation>
        </message>
        <message>
            <source>Tennessee</source>
            <extracomment>US state or territory TN (postal code)</extracomment>
            <translation>Теннесси</translation>
        </message>
        <message>
            <source>Texas</source>
            <extracomment>US state or territory TX (postal code)</extracomment>
            <translation>Техас</translation>
        </message>
        <message>
            <source>Utah</source>
            <extracomment>US state or territory UT (postal code)</extracomment>
            <translation>Юта</translation>
        </message>
        <message>
            <source>Vermont</source>
            <extracomment>US state or territory VT (postal code)</extracomment>
            <translation>Вермонт</translation>
        </message>
        <message>
            <source>Virginia</source>
            <extracomment>US state or territory VA (postal code)</extracomment>
            <translation>Вирджиния</translation>
        </message>
        <message>
            <source>Washington</source>
            <extracomment>US state or territory WA (postal code)</extracomment>
            <translation>Вашингтон</translation>
        </message>
        <message>
            <source>West Virginia</source>
            <extracomment>US state or territory WV (postal code)</extracomment>
            <translation>Западная Виргиния</translation>
        </message>
        <message>
            <source>Wisconsin</source>
            <extracomment>US state or territory WI (postal code)</extracomment>
            <translation>Висконсин</translation>
        </message>
        <message>
            <source>Wyoming</source>
            <extracomment>US state or territory WY (postal code)</extracomment>
            <translation>Вайоминг</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>US state or territory AS (postal code)</extracomment>
            <translation>Американское Самоа</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>US state or territory GU (postal code)</extracomment>
            <translation>Гуам</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>US state or territory MP (postal code)</extracomment>
            <translation>Северные Марианские острова</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>US state or territory PR (postal code)</extracomment>
            <translation>Пуэрто-Рико</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <extracomment>US state or territory VI (postal code)</extracomment>
            <translation>Виргинские острова (США)</translation>
        </message>
        <message>
            <source>U.S. Minor Outlying Islands</source>
            <extracomment>US state or territory UM (postal code)</extracomment>
            <translation>Внешние малые острова США</translation>
        </message>
        <message>
            <source>Federated States of Micronesia</source>
            <extracomment>US state or territory FM (postal code)</extracomment>
            <translation>Федеративные Штаты Микронезии</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>US state or territory MH (postal code)</extracomment>
            <translation>Маршалловы острова</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>US state or territory PW (postal code)</extracomment>
            <translation>Палау</translation>
        </message>
        <message>
            <source>Armed Forces Americas (AA)</source>
            <extracomment>US state or territory AA (postal code)</extracomment>
            <translation>Вооружённые силы: Америка (AA)</translation>
        </message>
        <message>
            <source>Armed Forces Europe, Middle East, Africa, Canada (AE)</source>
            <extracomment>US state or territory AE (postal code)</extracomment>
            <translation>Вооружённые силы: Европа, Ближний Восток, Африка, Канада (AE)</translation>
        </message>
        <message>
            <source>Armed Forces Pacific (AP)</source>
            <extracomment>US state or territory AP (postal code)</extracomment>
            <translation>Вооружённые силы: Тихий океан (AP)</translation>
        </message>
    </context>
</TS>
