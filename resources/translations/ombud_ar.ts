<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_US">
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
            <translation>أضف تواريخ تواصلك مع USCIS لترى كيف ينطبق هذا.</translation>
        </message>
        <message>
            <source>Your most recent contact: %1 (%2 days ago).</source>
            <translation>آخر تواصل لك: %1 (قبل %2 يومًا).</translation>
        </message>
        <message>
            <source>That is more than 90 days ago. Contact USCIS again first if you can; you may still send the form.</source>
            <translation>كان ذلك قبل أكثر من 90 يومًا. تواصل مع USCIS مرة أخرى أولًا إن استطعت؛ ويمكنك مع ذلك إرسال النموذج.</translation>
        </message>
        <message>
            <source>USCIS has had it for less than 60 days. The Ombudsman usually expects you to wait until %1; you may still send the form, especially in an emergency.</source>
            <translation>لم يمضِ على وجود الأمر لدى USCIS 60 يومًا بعد. يتوقع أمين المظالم عادةً أن تنتظر حتى %1؛ ويمكنك مع ذلك إرسال النموذج، خاصةً في حالة طارئة.</translation>
        </message>
        <message>
            <source>These are not hard rules: nothing here stops you from going on.</source>
            <translation>هذه ليست قواعد صارمة: لا شيء هنا يمنعك من المتابعة.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <source>Wait for the answer.</source>
            <translation>انتظر الرد.</translation>
        </message>
        <message>
            <source>Wait for the answer; ask again if none by %1.</source>
            <translation>انتظر الرد؛ واسأل مرة أخرى إن لم يصل حتى %1.</translation>
        </message>
        <message>
            <source>Go on with “%1”.</source>
            <translation>تابع «%1».</translation>
        </message>
        <message>
            <source>Send the package, then mark it as sent.</source>
            <translation>أرسل الحزمة، ثم علّمها بأنها أُرسلت.</translation>
        </message>
        <message>
            <source>Check the PDF and make the package.</source>
            <translation>راجع ملف PDF وأنشئ الحزمة.</translation>
        </message>
    </context>
    <context>
        <name>CasePdfRenderer</name>
        <message>
            <source>“%1” is protected by a password. On the Documents step, remove it and add it again: the app then asks for its password.</source>
            <translation>الملف «%1» محمي بكلمة مرور. في خطوة المستندات، احذفه ثم أضفه من جديد: سيطلب التطبيق حينها كلمة المرور.</translation>
        </message>
    </context>
    <context>
        <name>CaseSession</name>
        <message>
            <source>Could not save just now. Your answers are still here; try again.</source>
            <translation>تعذّر الحفظ الآن. إجاباتك ما زالت هنا؛ حاول مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>عبارة المرور ال&amp;حالية</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <source>&amp;New passphrase (five or more words)</source>
            <translation>عبارة المرور ال&amp;جديدة (خمس كلمات أو أكثر)</translation>
        </message>
        <message>
            <source>That is not the current passphrase. Try again.</source>
            <translation>هذه ليست عبارة المرور الحالية. حاول مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>(choose one)</source>
            <translation>(اختر واحدًا)</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>/s/ (type your name above)</source>
            <translation>/s/ (اكتب اسمك في الأعلى)</translation>
        </message>
        <message>
            <source>Privacy Act notice</source>
            <translation>إشعار قانون الخصوصية (Privacy Act)</translation>
        </message>
        <message>
            <source>Why we ask: the CIS Ombudsman (6 U.S.C. 272) uses this information to look into your problem with USCIS. What happens with it: the Ombudsman shares it with USCIS, and with others only as the law and the published system-of-records notice allow. Giving it is voluntary, but without it and your consent the Ombudsman may not be able to help you.</source>
            <translation>لماذا نسأل: يستخدم أمين مظالم CIS (⁦6 U.S.C. 272⁩) هذه المعلومات للنظر في مشكلتك مع USCIS. ماذا يحدث لها: يشاركها أمين المظالم مع USCIS، ومع غيرها فقط بقدر ما يسمح به القانون وإشعار نظام السجلات المنشور. تقديمها اختياري، لكن من دونها ومن دون موافقتك قد لا يستطيع أمين المظالم مساعدتك.</translation>
        </message>
        <message>
            <source>Because this case involves T, U, VAWA, asylee or refugee status, the law protects your information specially. The Ombudsman needs a signature in ink: print the form, sign it by hand, and scan or photograph it. A drawn or typed signature cannot be used.</source>
            <translation>لأن هذه القضية تتعلق بوضع T أو U أو VAWA أو اللجوء أو اللاجئين، يحمي القانون معلوماتك حماية خاصة. يحتاج أمين المظالم إلى توقيع بالحبر: اطبع النموذج، ووقّعه بيدك، ثم امسحه ضوئيًا أو صوّره. لا يمكن استخدام توقيع مرسوم أو مكتوب على الشاشة.</translation>
        </message>
        <message>
            <source>Print and sign: the finished form is printed with an empty signature line. Sign it in ink, then scan or photograph the signed page and add it as a document, or send the paper.</source>
            <translation>الطباعة والتوقيع: يُطبع النموذج المكتمل وسطر التوقيع فارغ. وقّعه بالحبر، ثم امسح الصفحة الموقّعة ضوئيًا أو صوّرها وأضفها كمستند، أو أرسل الورقة.</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>&amp;امسح التوقيع</translation>
        </message>
        <message>
            <source>Erases the drawn signature so you can sign again.</source>
            <translation>يمسح التوقيع المرسوم لتوقّع من جديد.</translation>
        </message>
        <message>
            <source>Typed signature</source>
            <translation>توقيع مكتوب</translation>
        </message>
    </context>
    <context>
        <name>DestinationsView</name>
        <message>
            <source>Check before sending: the Ombudsman's office changed how it operates in 2025, so these contact details may be out of date. Confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>تحقّق قبل الإرسال: غيّر مكتب أمين المظالم طريقة عمله في 2025، لذلك قد تكون بيانات التواصل هذه قديمة. تأكّد منها في www.dhs.gov/cisombudsman عندما يتوفر لديك اتصال بالإنترنت.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>الهاتف (مجاني)</translation>
        </message>
        <message>
            <source>(last checked {date})</source>
            <translation>(آخر تحقّق: {date})</translation>
        </message>
        <message>
            <source>Older brochures say: {value}</source>
            <translation>تذكر الكتيّبات القديمة: {value}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>المصدر: {source}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Choose copies of your documents</source>
            <translation>اختر نسخًا من مستنداتك</translation>
        </message>
        <message>
            <source>Documents (%1);;All files (*)</source>
            <translation>المستندات (%1);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>The notice's values are on the applications step.</source>
            <translation>أصبحت بيانات الإشعار في خطوة الطلبات.</translation>
        </message>
        <message>
            <source>Adding %1 (encrypted)…</source>
            <translation>جارٍ إضافة %1 (مشفّرًا)…</translation>
        </message>
        <message>
            <source>“%1” was not added.</source>
            <translation>لم تتم إضافة «%1».</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>تعذّرت إضافة هذا الملف. لم يتغير شيء؛ جرّب ملفًا آخر.</translation>
        </message>
        <message>
            <source>Added. It is kept encrypted with this case.</source>
            <translation>أُضيف. يُحفظ مشفّرًا مع هذه القضية.</translation>
        </message>
        <message>
            <source>Remove this document?</source>
            <translation>إزالة هذا المستند؟</translation>
        </message>
        <message>
            <source>“%1” will be taken out of this case and its encrypted copy deleted. Your own file is not touched: you can add it again later.</source>
            <translation>ستُزال «%1» من هذه القضية وتُحذف نسختها المشفّرة. ملفك الأصلي لا يُمس: يمكنك إضافته مرة أخرى لاحقًا.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — لا صفحات</numerusform>
                <numerusform>%1 — صفحة واحدة</numerusform>
                <numerusform>%1 — صفحتان</numerusform>
                <numerusform>%1 — %n صفحات</numerusform>
                <numerusform>%1 — %n صفحة</numerusform>
                <numerusform>%1 — %n صفحة</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this document</source>
            <translation>أزل هذا المستند</translation>
        </message>
        <message>
            <source>Remove document %1</source>
            <translation>أزل المستند %1</translation>
        </message>
        <message>
            <source>Deletes the encrypted copy from this case. Your own file is not touched.</source>
            <translation>يحذف النسخة المشفّرة من هذه القضية. لا يُمسّ ملفك الأصلي.</translation>
        </message>
        <message>
            <source>The Ombudsman does not return papers. Add copies of USCIS notices and of what you sent USCIS; your own files are not changed.</source>
            <translation>لا يعيد أمين المظالم الأوراق. أضف نسخًا من إشعارات USCIS ومما أرسلته إلى USCIS؛ ملفاتك الأصلية لا تتغير.</translation>
        </message>
        <message>
            <source>&amp;Add documents…</source>
            <translation>&amp;أضف مستندات…</translation>
        </message>
        <message>
            <source>Opens a window to choose PDF files or photos of your documents.</source>
            <translation>يفتح نافذة لاختيار ملفات PDF أو صور لمستنداتك.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>قراءة إشعار من USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a notice USCIS sent you, for the applications step, and can keep the notice here as a document received from USCIS.</source>
            <translation>يقرأ رقم الإيصال وتاريخ الاستلام ورقم النموذج من صورة أو مسح ضوئي أو ملف PDF لإشعار أرسلته إليك USCIS، لخطوة الطلبات، ويمكنه حفظ الإشعار هنا كمستند وارد من USCIS.</translation>
        </message>
        <message>
            <source>Or drag files from your folders onto this page.</source>
            <translation>أو اسحب الملفات من مجلداتك إلى هذه الصفحة.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel adding the document</source>
            <translation>ألغِ إضافة المستند</translation>
        </message>
        <message>
            <source>Adding the document</source>
            <translation>جارٍ إضافة المستند</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Send</source>
            <translation>إرسال</translation>
        </message>
        <message>
            <source>The form still has problems (listed above). Fix them, then try again.</source>
            <translation>ما زالت في النموذج مشكلات (مذكورة في الأعلى). صحّحها ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>تمّ.</translation>
        </message>
        <message>
            <source>The package is ready: {path}</source>
            <translation>الحزمة جاهزة: {path}</translation>
        </message>
        <message>
            <source>Follow README.txt in it, step by step.</source>
            <translation>اتبع ملف README.txt الموجود فيها خطوة بخطوة.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>أُلغي. لم يُحفظ شيء.</translation>
        </message>
        <message>
            <source>Where to save the package</source>
            <translation>أين تُحفظ الحزمة</translation>
        </message>
        <message>
            <source>No program on this computer could open the folder. Open it yourself in your file manager: %1</source>
            <translation>لم يستطع أي برنامج على هذا الحاسوب فتح المجلد. افتحه بنفسك في مدير الملفات: %1</translation>
        </message>
        <message>
            <source>No mail program is set up on this computer. Write the email in your webmail or on another computer, with the files from: %1</source>
            <translation>لا يوجد برنامج بريد مُعدّ على هذا الحاسوب. اكتب الرسالة في بريدك على الويب أو على حاسوب آخر، مع الملفات من: %1</translation>
        </message>
        <message>
            <source>Make the package to send your request. Everything stays on this computer: you carry the package to a computer that is online, or print it.</source>
            <translation>أعدّ الحزمة لإرسال طلبك. يبقى كل شيء على هذا الحاسوب: تنقل الحزمة إلى حاسوب متصل بالإنترنت، أو تطبعها.</translation>
        </message>
        <message>
            <source>Where it goes</source>
            <translation>إلى أين تُرسل</translation>
        </message>
        <message>
            <source>Where it goes: the Ombudsman's addresses</source>
            <translation>إلى أين تُرسل: عناوين مكتب أمين المظالم</translation>
        </message>
        <message>
            <source>Shows or hides the email address, fax number and mail address.</source>
            <translation>يُظهر أو يخفي عنوان البريد الإلكتروني ورقم الفاكس والعنوان البريدي.</translation>
        </message>
        <message>
            <source>How will you send it?</source>
            <translation>كيف سترسلها؟</translation>
        </message>
        <message>
            <source>&amp;Email (recommended): a message ready to send, with the files</source>
            <translation>ال&amp;بريد الإلكتروني (موصى به): رسالة جاهزة للإرسال مع الملفات</translation>
        </message>
        <message>
            <source>&amp;Fax: one PDF to fax, with a cover sheet</source>
            <translation>ال&amp;فاكس: ملف PDF واحد للإرسال بالفاكس مع صفحة غلاف</translation>
        </message>
        <message>
            <source>&amp;Mail: pages to print and post (can take up to 14 days longer)</source>
            <translation>ال&amp;بريد: صفحات للطباعة والإرسال (قد يستغرق حتى 14 يومًا إضافية)</translation>
        </message>
        <message>
            <source>As one &amp;zip file</source>
            <translation>كملف &amp;zip واحد</translation>
        </message>
        <message>
            <source>One file instead of a folder</source>
            <translation>ملف واحد بدلًا من مجلد</translation>
        </message>
        <message>
            <source>Also as a &amp;TIFF file for fax services</source>
            <translation>وأيضًا كملف &amp;TIFF لخدمات الفاكس</translation>
        </message>
        <message>
            <source>Some fax services and fax modems want TIFF instead of PDF</source>
            <translation>بعض خدمات الفاكس وأجهزة المودم تطلب TIFF بدلًا من PDF</translation>
        </message>
        <message>
            <source>Largest email: </source>
            <translation>أكبر رسالة بريد إلكتروني: </translation>
        </message>
        <message>
            <source>Largest email size in megabytes</source>
            <translation>أكبر حجم لرسالة البريد الإلكتروني بالميغابايت</translation>
        </message>
        <message>
            <source>Folder to save the package in</source>
            <translation>المجلد الذي تُحفظ فيه الحزمة</translation>
        </message>
        <message>
            <source>Bigger documents are split over several emails of at most this size.</source>
            <translation>تُقسَّم المستندات الكبيرة على عدة رسائل بريد إلكتروني لا يزيد حجم كل منها على هذا الحجم.</translation>
        </message>
        <message>
            <source>Type a folder, or use Choose folder to pick one.</source>
            <translation>اكتب مجلدًا، أو استخدم «اختر مجلدًا» لاختياره.</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>احفظ في:</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>ا&amp;ختر مجلدًا…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>اختر المجلد</translation>
        </message>
        <message>
            <source>The package is the only thing Ombud Desktop saves without encryption: anyone with this computer or USB stick can read it. Delete it once it is sent.</source>
            <translation>الحزمة هي الشيء الوحيد الذي يحفظه Ombud Desktop من دون تشفير: يستطيع قراءتها أي شخص لديه هذا الحاسوب أو ذاكرة USB هذه. احذفها بعد إرسالها.</translation>
        </message>
        <message>
            <source>Make the &amp;package</source>
            <translation>أعدّ ال&amp;حزمة</translation>
        </message>
        <message>
            <source>Start the export</source>
            <translation>ابدأ التصدير</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>إل&amp;غاء</translation>
        </message>
        <message>
            <source>Stop; nothing is saved</source>
            <translation>توقّف؛ لا يُحفظ شيء</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>ا&amp;فتح المجلد</translation>
        </message>
        <message>
            <source>Show the package</source>
            <translation>اعرض الحزمة</translation>
        </message>
        <message>
            <source>Open my &amp;mail program</source>
            <translation>افتح برنامج ال&amp;بريد</translation>
        </message>
        <message>
            <source>Starts a new message; attach the files from the folder</source>
            <translation>يبدأ رسالة جديدة؛ أرفق الملفات من المجلد</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>ا&amp;طبع…</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>اطبع حزمة البريد</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>The Ombudsman reads English. If you can, write this answer in English or ask someone to help you. An answer in your own language is still better than no answer.</source>
            <translation>يقرأ أمين المظالم باللغة الإنجليزية. إن استطعت، فاكتب هذه الإجابة بالإنجليزية أو اطلب من أحد أن يساعدك. ومع ذلك فالإجابة بلغتك أفضل من عدم الإجابة.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (مطلوب)</translation>
        </message>
        <message>
            <source>%1 (worth answering)</source>
            <translation>%1 (يحسن الإجابة)</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>مثلًا %1</translation>
        </message>
    </context>
    <context>
        <name>FilingBox</name>
        <message>
            <source>Remove %1 %2</source>
            <translation>أزل %1 %2</translation>
        </message>
        <message>
            <source>Takes this row out of the list. The other rows keep their answers.</source>
            <translation>يزيل هذا السطر من القائمة. تحتفظ الأسطر الأخرى بإجاباتها.</translation>
        </message>
    </context>
    <context>
        <name>FilingsPage</name>
        <message>
            <source>%1 %2 was removed (%3).</source>
            <translation>أُزيل: %1 %2 (%3).</translation>
        </message>
        <message>
            <source>no receipt number</source>
            <translation>بلا رقم إيصال</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <source>Puts the removed application back, with its answers.</source>
            <translation>يعيد الطلب المُزال مع إجاباته.</translation>
        </message>
        <message>
            <source>&amp;Add another application or petition</source>
            <translation>&amp;أضف طلبًا أو عريضة أخرى</translation>
        </message>
        <message>
            <source>Adds an empty row for one more form you filed with USCIS.</source>
            <translation>يضيف سطرًا فارغًا لنموذج آخر قدّمته إلى USCIS.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>قراءة إشعار من USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a USCIS notice, on this computer. You check them before they are used.</source>
            <translation>يقرأ رقم الإيصال وتاريخ الاستلام ورقم النموذج من صورة أو مسح ضوئي أو ملف PDF لإشعار من USCIS، على هذا الحاسوب. تراجعها بنفسك قبل استخدامها.</translation>
        </message>
        <message>
            <source>Tip: you can paste several receipt numbers into one box at once; each gets its own row. Spaces and dashes are removed for you.</source>
            <translation>نصيحة: يمكنك لصق عدة أرقام إيصالات في خانة واحدة دفعة واحدة؛ ويأخذ كل رقم سطرًا خاصًا به. تُزال المسافات والشرطات تلقائيًا.</translation>
        </message>
    </context>
    <context>
        <name>FinishPanel</name>
        <message>
            <source>What happens next</source>
            <translation>ماذا يحدث بعد ذلك</translation>
        </message>
        <message>
            <source>1. Send it: open your mail program (or webmail), attach the files from the package folder and send the message to the address in README.txt.</source>
            <translation>1. أرسله: افتح برنامج البريد (أو البريد على الويب)، وأرفق الملفات من مجلد الحزمة، وأرسل الرسالة إلى العنوان المذكور في README.txt.</translation>
        </message>
        <message>
            <source>1. Send it: fax the PDF in the package folder to the number in README.txt, and keep the fax confirmation page.</source>
            <translation>1. أرسله: أرسل ملف PDF من مجلد الحزمة بالفاكس إلى الرقم المذكور في README.txt، واحتفظ بصفحة تأكيد الفاكس.</translation>
        </message>
        <message>
            <source>1. Send it: print the mail packet, sign where it says so, and post it to the address in README.txt. Mail to the government can take up to 14 days longer.</source>
            <translation>1. أرسله: اطبع حزمة البريد، ووقّع حيث يُطلب، ثم أرسلها بالبريد إلى العنوان المذكور في README.txt. قد يستغرق البريد إلى الحكومة حتى 14 يومًا إضافية.</translation>
        </message>
        <message>
            <source>2. Record it: once it is sent, fill in “After sending” below and press “Mark as sent”. The case list then shows it as sent, with the date.</source>
            <translation>2. سجّله: بعد إرساله، املأ «بعد الإرسال» في الأسفل واضغط «علّمه كمُرسَل». ستُظهره قائمة القضايا مُرسَلًا مع التاريخ.</translation>
        </message>
        <message>
            <source>3. Wait for an answer: no time is promised. Save the reminders below: they remind you after 30 and after 90 days. Keep answering any letter from USCIS meanwhile.</source>
            <translation>3. انتظر الرد: لا يوجد موعد مضمون. احفظ التذكيرات في الأسفل: تذكّرك بعد 30 يومًا وبعد 90 يومًا. وفي الأثناء استمر في الرد على أي رسالة من USCIS.</translation>
        </message>
        <message>
            <source>4. If nothing comes: after 30 days, write or call the Ombudsman's office (addresses under “Where it goes”) with the receipt number and the date you sent it. Do not send the same request twice.</source>
            <translation>4. إذا لم يصل شيء: بعد 30 يومًا، اكتب إلى مكتب أمين المظالم أو اتصل به (العناوين تحت «إلى أين تُرسل») مع رقم الإيصال وتاريخ الإرسال. لا ترسل الطلب نفسه مرتين.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>The computer's password store did not keep the key: its window was closed or it said no. Nothing was set up. Choose a passphrase below instead, or choose the password store again to retry.</source>
            <translation>لم يحفظ مخزن كلمات المرور في الحاسوب المفتاح: أُغلقت نافذته أو رفض. لم يُجهَّز شيء. اختر عبارة مرور في الأسفل بدلًا من ذلك، أو اختر مخزن كلمات المرور مرة أخرى لإعادة المحاولة.</translation>
        </message>
        <message>
            <source>Welcome to Ombud Desktop</source>
            <translation>مرحبًا بك في Ombud Desktop</translation>
        </message>
        <message>
            <source>Your cases will be kept encrypted on this computer. Choose how to lock them.</source>
            <translation>ستُحفظ قضاياك مشفّرة على هذا الحاسوب. اختر طريقة قفلها.</translation>
        </message>
        <message>
            <source>With a passphrase I type each time (best on a shared computer)</source>
            <translation>بعبارة مرور أكتبها في كل مرة (الأفضل على حاسوب مشترك)</translation>
        </message>
        <message>
            <source>Nobody can open the cases without the passphrase.</source>
            <translation>لا يستطيع أحد فتح القضايا من دون عبارة المرور.</translation>
        </message>
        <message>
            <source>With this computer's password store (keyring)</source>
            <translation>بمخزن كلمات المرور في هذا الحاسوب (سلسلة المفاتيح)</translation>
        </message>
        <message>
            <source>Anyone who can log in to this computer account can open the cases.</source>
            <translation>يستطيع أي شخص يدخل إلى حساب هذا الحاسوب فتح القضايا.</translation>
        </message>
        <message>
            <source>If you choose it, the computer may ask for its own password (often the one you log in with) to open its password store.</source>
            <translation>إذا اخترته، فقد يطلب الحاسوب كلمة المرور الخاصة به (وغالبًا هي التي تسجّل الدخول بها) لفتح مخزن كلمات المرور.</translation>
        </message>
        <message>
            <source>No secure password store was found on this computer.</source>
            <translation>لم يُعثر على مخزن آمن لكلمات المرور في هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Looking for this computer's password store…</source>
            <translation>جارٍ البحث عن مخزن كلمات المرور في هذا الحاسوب…</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the passphrase is lost)</source>
            <translation>أنشئ مفتاح استرداد للطباعة (إذا ضاعت عبارة المرور)</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the password store is lost)</source>
            <translation>أنشئ مفتاح استرداد لطباعته (إذا فُقد مخزن كلمات المرور)</translation>
        </message>
        <message>
            <source>A long code shown once. Print it or write it down and keep it safe.</source>
            <translation>رمز طويل يظهر مرة واحدة. اطبعه أو اكتبه واحفظه في مكان آمن.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>إ&amp;نشاء</translation>
        </message>
        <message>
            <source>Sets up the encrypted storage.</source>
            <translation>يُعدّ التخزين المشفّر.</translation>
        </message>
    </context>
    <context>
        <name>HandoffPassphraseDialog</name>
        <message>
            <source>Protect the hand-off file</source>
            <translation>حماية ملف التسليم</translation>
        </message>
        <message>
            <source>Open the hand-off file</source>
            <translation>فتح ملف التسليم</translation>
        </message>
        <message>
            <source>Choose a passphrase for this file, and tell it to the receiver in person or by phone, never with the file. This one was made for you:</source>
            <translation>اختر عبارة مرور لهذا الملف، وأخبر بها المستلم شخصيًا أو عبر الهاتف، ولا ترسلها أبدًا مع الملف. هذه عبارة أُنشئت لك:</translation>
        </message>
        <message>
            <source>The passphrase of this file:</source>
            <translation>عبارة مرور هذا الملف:</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>عبارة المرور المقترحة</translation>
        </message>
        <message>
            <source>Use this passphrase</source>
            <translation>استخدام عبارة المرور هذه</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>اكتب عبارة المرور مرة أخرى</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>أدخل عبارة المرور.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>عبارتا المرور مختلفتان. اكتب العبارة نفسها مرتين.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>أُرسلت</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(بلا اسم بعد)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 عن طريق %2</translation>
        </message>
        <message>
            <source>due for deletion</source>
            <translation>حان حذفها</translation>
        </message>
        <message>
            <source>Not edited for a long time: delete it when you no longer need it.</source>
            <translation>لم تُعدَّل منذ مدة طويلة: احذفها عندما لا تعود بحاجة إليها.</translation>
        </message>
        <message>
            <source>No cases yet: start with “New case”.</source>
            <translation>لا توجد قضايا بعد: ابدأ بـ «قضية جديدة».</translation>
        </message>
        <message>
            <source>Choose a case and press Enter to open it, or start a new one.</source>
            <translation>اختر قضية واضغط Enter لفتحها، أو ابدأ قضية جديدة.</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>أتحذف هذه القضية؟</translation>
        </message>
        <message>
            <source>“%1” and all its documents will be destroyed for good. This cannot be undone.</source>
            <translation>ستُتلف «%1» وكل مستنداتها نهائيًا. لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>حُذفت القضية.</translation>
        </message>
        <message>
            <source>Save the hand-off file</source>
            <translation>احفظ ملف التسليم</translation>
        </message>
        <message>
            <source>Hand-off files (*.ombud-handoff)</source>
            <translation>ملفات التسليم (*.ombud-handoff)</translation>
        </message>
        <message>
            <source>Saved. The file is encrypted with the passphrase you chose.</source>
            <translation>حُفظ. الملف مشفّر بعبارة المرور التي اخترتها.</translation>
        </message>
        <message>
            <source>Open a hand-off file</source>
            <translation>افتح ملف تسليم</translation>
        </message>
        <message>
            <source>Saving the hand-off file</source>
            <translation>جارٍ حفظ ملف التسليم</translation>
        </message>
        <message>
            <source>Package made</source>
            <translation>أُنشئت الحزمة</translation>
        </message>
        <message>
            <source>Case %1 cannot be opened: select it to see why.</source>
            <translation>لا يمكن فتح الحالة %1: حدّدها لترى السبب.</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>تالفة</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%1 من %2 خطوات</translation>
        </message>
        <message>
            <source>Use the older copy of this case?</source>
            <translation>هل تستخدم النسخة الأقدم من هذه الحالة؟</translation>
        </message>
        <message>
            <source>The copy of case %1 in the data folder is older than the last version Ombud Desktop saved, and no newer copy is left. Use it only if you put it back yourself from a backup: what was changed after that copy was made (answers, documents, the date it was sent) is not in it.</source>
            <translation>نسخة الحالة %1 في مجلد البيانات أقدم من آخر إصدار حفظه Ombud Desktop، ولم تبقَ أي نسخة أحدث. لا تستخدمها إلا إذا كنت أنت من أعادها من نسخة احتياطية: ما تغيّر بعد إنشاء تلك النسخة (الإجابات والمستندات وتاريخ الإرسال) ليس فيها.</translation>
        </message>
        <message>
            <source>Use this older copy</source>
            <translation>استخدام هذه النسخة الأقدم</translation>
        </message>
        <message>
            <source>Encrypting the case and its documents…</source>
            <translation>جارٍ تشفير الحالة ومستنداتها…</translation>
        </message>
        <message>
            <source>Receiving a hand-off file</source>
            <translation>جارٍ استلام ملف تسليم</translation>
        </message>
        <message>
            <source>Checking and adding the case…</source>
            <translation>جارٍ فحص الحالة وإضافتها…</translation>
        </message>
        <message>
            <source>The case was added to your list.</source>
            <translation>أُضيفت القضية إلى قائمتك.</translation>
        </message>
        <message>
            <source>Your cases</source>
            <translation>قضاياك</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>النماذج</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>التقدّم</translation>
        </message>
        <message>
            <source>Next thing to do</source>
            <translation>الخطوة التالية</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>آخر تعديل</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>القضايا</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a case and Enter to open it.</source>
            <translation>استخدم مفاتيح الأسهم لاختيار قضية ومفتاح Enter لفتحها.</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>قضية &amp;جديدة</translation>
        </message>
        <message>
            <source>Starts an empty case.</source>
            <translation>يبدأ قضية فارغة.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>ا&amp;فتح</translation>
        </message>
        <message>
            <source>Opens the chosen case where you left off.</source>
            <translation>يفتح القضية المختارة حيث توقفت.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>ا&amp;حذف…</translation>
        </message>
        <message>
            <source>Destroys the chosen case and its documents, after asking.</source>
            <translation>يتلف القضية المختارة ومستنداتها، بعد السؤال.</translation>
        </message>
        <message>
            <source>&amp;Hand off…</source>
            <translation>&amp;سلّم…</translation>
        </message>
        <message>
            <source>Saves the chosen case to an encrypted file for another volunteer.</source>
            <translation>يحفظ القضية المختارة في ملف مشفّر لمتطوع آخر.</translation>
        </message>
        <message>
            <source>&amp;Receive a hand-off…</source>
            <translation>ا&amp;ستلم ملف تسليم…</translation>
        </message>
        <message>
            <source>Adds a case from a hand-off file.</source>
            <translation>يضيف قضية من ملف تسليم.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>الإ&amp;عدادات…</translation>
        </message>
        <message>
            <source>Language, automatic lock and more.</source>
            <translation>اللغة والقفل التلقائي وغير ذلك.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>&amp;Language:</source>
            <translation>الل&amp;غة:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Choose the language for the app. Each language is named in itself.</source>
            <translation>اختر لغة التطبيق. يظهر اسم كل لغة بلغتها نفسها.</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>mm/dd/yyyy</source>
            <translation>شهر/يوم/سنة</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Your last changes are not saved</source>
            <translation>لم تُحفظ تغييراتك الأخيرة</translation>
        </message>
        <message>
            <source>Ombud Desktop could not save your last changes (see the message at the bottom of the window). If you close now, they are lost. Close anyway?</source>
            <translation>تعذّر على Ombud Desktop حفظ تغييراتك الأخيرة (انظر الرسالة في أسفل النافذة). إذا أغلقت الآن فستضيع. أتغلق مع ذلك؟</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>خروج سريع</translation>
        </message>
        <message>
            <source>Hides everything at once. Shortcut: %1</source>
            <translation>يخفي كل شيء فورًا. الاختصار: %1</translation>
        </message>
        <message>
            <source>Locks the app at once and hides every case. Shortcut: Ctrl+Shift+Q.</source>
            <translation>يقفل التطبيق فورًا ويخفي كل القضايا. الاختصار: Ctrl+Shift+Q.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseBox</name>
        <message>
            <source>Suggested passphrase: %1 — write it down before going on.</source>
            <translation>عبارة المرور المقترحة: %1 — اكتبها قبل المتابعة.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type them again.</source>
            <translation>عبارتا المرور مختلفتان. اكتبهما مرة أخرى.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: %1</source>
            <translation>عبارة المرور هذه سهلة التخمين جدًا: %1</translation>
        </message>
        <message>
            <source>Use five or more words that do not belong together, or press “Suggest a passphrase”.</source>
            <translation>استخدم خمس كلمات أو أكثر لا علاقة بينها، أو اضغط «اقترح عبارة مرور».</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>قوية بما يكفي.</translation>
        </message>
        <message>
            <source>&amp;Passphrase (five or more words)</source>
            <translation>&amp;عبارة المرور (خمس كلمات أو أكثر)</translation>
        </message>
        <message>
            <source>Five or more words that do not belong together. Write it down.</source>
            <translation>خمس كلمات أو أكثر لا علاقة بينها. اكتبها.</translation>
        </message>
        <message>
            <source>&amp;Repeat the passphrase</source>
            <translation>&amp;أعد كتابة عبارة المرور</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>أعد كتابة عبارة المرور</translation>
        </message>
        <message>
            <source>The same passphrase again, to catch typos.</source>
            <translation>عبارة المرور نفسها مرة أخرى، لاكتشاف أخطاء الكتابة.</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>اقترح عبارة مرور</translation>
        </message>
        <message>
            <source>Makes up a strong passphrase and shows it, to write down.</source>
            <translation>يختلق عبارة مرور قوية ويعرضها لتكتبها.</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>عبارة المرور المقترحة</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Something unexpected went wrong while reading the notice ({kind}). Nothing was changed; type the values from the notice instead.</source>
            <translation>حدث خطأ غير متوقع أثناء قراءة الإشعار ({kind}). لم يتغير شيء؛ اكتب البيانات من الإشعار بنفسك.</translation>
        </message>
        <message>
            <source>Check on the notice: %1</source>
            <translation>تحقق منه في الإشعار: %1</translation>
        </message>
        <message>
            <source>The reader is not sure of this value: compare it with the notice.</source>
            <translation>القارئ غير متأكد من هذه القيمة: قارنها بالإشعار.</translation>
        </message>
        <message>
            <source>Receipt notice</source>
            <translation>إشعار استلام</translation>
        </message>
        <message>
            <source>Transfer notice</source>
            <translation>إشعار نقل</translation>
        </message>
        <message>
            <source>Biometrics appointment</source>
            <translation>موعد البيانات الحيوية</translation>
        </message>
        <message>
            <source>Request for evidence</source>
            <translation>طلب أدلة</translation>
        </message>
        <message>
            <source>Approval notice</source>
            <translation>إشعار موافقة</translation>
        </message>
        <message>
            <source>Read a USCIS notice</source>
            <translation>قراءة إشعار من USCIS</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>رقم الإيصال</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>تاريخ الاستلام</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>تاريخ الإشعار</translation>
        </message>
        <message>
            <source>Form number (case type)</source>
            <translation>رقم النموذج (نوع القضية)</translation>
        </message>
        <message>
            <source>Notice type</source>
            <translation>نوع الإشعار</translation>
        </message>
        <message>
            <source>Priority date</source>
            <translation>تاريخ الأولوية</translation>
        </message>
        <message>
            <source>A-Number</source>
            <translation>رقم A</translation>
        </message>
        <message>
            <source>Reading %1 on this computer…</source>
            <translation>جارٍ قراءة %1 على هذا الحاسوب…</translation>
        </message>
        <message>
            <source>No values were found in this picture. Try a sharper photo of the whole page in good light, or type the values from the notice.</source>
            <translation>لم يُعثر على أي بيانات في هذه الصورة. جرّب صورة أوضح للصفحة كاملة في إضاءة جيدة، أو اكتب البيانات من الإشعار.</translation>
        </message>
        <message>
            <source>Check each value against the notice and correct it if needed. Nothing is filled in until you choose “Use these”.</source>
            <translation>قارن كل قيمة بالإشعار وصحّحها عند الحاجة. لن يُملأ شيء حتى تختار «استخدم هذه».</translation>
        </message>
        <message>
            <source>Characters in red may be misread. The highlighted areas show where each value was read.</source>
            <translation>قد تكون الأحرف الحمراء مقروءة خطأً. تُظهر المناطق المميزة موضع قراءة كل قيمة.</translation>
        </message>
        <message>
            <source>“Use these” fills in the form number, receipt number and received date of an application. The other values are shown for you to compare.</source>
            <translation>يملأ «استخدم هذه» رقم النموذج ورقم الإيصال وتاريخ الاستلام لطلب واحد. أما القيم الأخرى فتُعرض لتقارن بها.</translation>
        </message>
        <message>
            <source>Keep the notice with this case as a document (encrypted)</source>
            <translation>الاحتفاظ بالإشعار مع هذه القضية كمستند (مشفّر)</translation>
        </message>
        <message>
            <source>Use these</source>
            <translation>استخدم هذه</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Choose a photo, scan or PDF of the notice</source>
            <translation>اختر صورة أو مسحًا ضوئيًا أو ملف PDF للإشعار</translation>
        </message>
        <message>
            <source>Pictures and PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>الصور وملفات PDF (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;كل الملفات (*)</translation>
        </message>
    </context>
    <context>
        <name>OrgHeader</name>
        <message>
            <source>Logo of %1</source>
            <translation>شعار %1</translation>
        </message>
        <message>
            <source>Organization logo</source>
            <translation>شعار المنظمة</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>أين تجد المساعدة</translation>
        </message>
        <message>
            <source>Some organization settings could not be used: the app works with its standard settings for them.</source>
            <translation>تعذّر استخدام بعض إعدادات المنظمة: يعمل التطبيق بإعداداته المعتادة بدلًا منها.</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>التفاصيل…</translation>
        </message>
        <message>
            <source>Hide this note</source>
            <translation>إخفاء هذه الملاحظة</translation>
        </message>
        <message>
            <source>Shows what is wrong in the organization settings and how to fix it.</source>
            <translation>يعرض ما الخطأ في إعدادات المنظمة وكيفية إصلاحه.</translation>
        </message>
        <message>
            <source>Hides this note until the app is started again.</source>
            <translation>يخفي هذه الملاحظة حتى يُشغَّل التطبيق مرة أخرى.</translation>
        </message>
        <message>
            <source>Some organization settings could not be used, so the app uses its standard settings for them:</source>
            <translation>تعذّر استخدام بعض إعدادات المنظمة، لذلك يستخدم التطبيق إعداداته المعتادة بدلًا منها:</translation>
        </message>
        <message>
            <source>You can keep working. Tell whoever set up this app: they can fix the file %1 and check it with “ombud-desktop org-config”.</source>
            <translation>يمكنك متابعة العمل. أخبر من ثبّت هذا التطبيق: يمكنه إصلاح الملف %1 والتحقق منه بالأمر “ombud-desktop org-config”.</translation>
        </message>
        <message>
            <source>Organization settings</source>
            <translation>إعدادات المنظمة</translation>
        </message>
    </context>
    <context>
        <name>PdfPasswordBox</name>
        <message>
            <source>That password does not open “%1”. Try again, or skip this file.</source>
            <translation>كلمة المرور هذه لا تفتح «%1». حاول مرة أخرى، أو تخطَّ هذا الملف.</translation>
        </message>
        <message>
            <source>“%1” is protected by a password. Type its password to add it: the app keeps a copy without the password, encrypted with this case.</source>
            <translation>الملف «%1» محمي بكلمة مرور. اكتب كلمة مروره لإضافته: يحتفظ التطبيق بنسخة بدون كلمة المرور، مشفّرة مع هذه القضية.</translation>
        </message>
        <message>
            <source>Password of the PDF</source>
            <translation>كلمة مرور ملف PDF</translation>
        </message>
        <message>
            <source>What you type is not shown. It opens the PDF once and is not kept.</source>
            <translation>لا يظهر ما تكتبه. تُستخدم لفتح ملف PDF مرة واحدة ولا يُحتفظ بها.</translation>
        </message>
        <message>
            <source>Add &amp;with this password</source>
            <translation>أضِف &amp;بكلمة المرور هذه</translation>
        </message>
        <message>
            <source>Opens the PDF with this password and adds it.</source>
            <translation>يفتح ملف PDF بكلمة المرور هذه ويضيفه.</translation>
        </message>
        <message>
            <source>S&amp;kip this file</source>
            <translation>&amp;تخطَّ هذا الملف</translation>
        </message>
        <message>
            <source>Does not add it.</source>
            <translation>لا يضيفه.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Previous page</source>
            <translation>الصفحة ال&amp;سابقة</translation>
        </message>
        <message>
            <source>Shows the page before.</source>
            <translation>يعرض الصفحة السابقة.</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>الصفحة ال&amp;تالية</translation>
        </message>
        <message>
            <source>Shows the page after.</source>
            <translation>يعرض الصفحة التالية.</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>ت&amp;صغير</translation>
        </message>
        <message>
            <source>Makes the pages smaller.</source>
            <translation>يصغّر الصفحات.</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>ت&amp;كبير</translation>
        </message>
        <message>
            <source>Makes the pages larger.</source>
            <translation>يكبّر الصفحات.</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>ملاءمة ال&amp;عرض</translation>
        </message>
        <message>
            <source>Makes a page as wide as the view.</source>
            <translation>يجعل الصفحة بعرض مساحة العرض.</translation>
        </message>
        <message>
            <source>Preview of the PDF that will be sent</source>
            <translation>معاينة ملف PDF الذي سيُرسل</translation>
        </message>
        <message>
            <source>The pages of the PDF. Page Up and Page Down turn the pages, the arrow keys scroll, Ctrl and + or − zoom.</source>
            <translation>صفحات ملف PDF. يقلّب Page Up وPage Down الصفحات، وتمرّر مفاتيح الأسهم، ويكبّر Ctrl مع + أو − ويصغّر.</translation>
        </message>
        <message>
            <source>The preview could not be shown: the PDF did not load.</source>
            <translation>تعذّر عرض المعاينة: لم يُحمَّل ملف PDF.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>لا توجد معاينة بعد</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewPanel</name>
        <message>
            <source>Making the preview…</source>
            <translation>جارٍ إعداد المعاينة…</translation>
        </message>
        <message>
            <source>This is the PDF as it will be sent (marked PREVIEW until signed).</source>
            <translation>هذا ملف PDF كما سيُرسل (عليه علامة PREVIEW حتى يُوقَّع).</translation>
        </message>
        <message>
            <source>The preview could not be made: %1</source>
            <translation>تعذّر إعداد المعاينة: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the PDF</source>
            <translation>راجِع ملف PDF</translation>
        </message>
        <message>
            <source>This is your request exactly as the Ombudsman will receive it: the form, then the list of your documents and their pages. It is marked PREVIEW; the copy made on the next step has no such marks and is signed as you chose.</source>
            <translation>هذا طلبك تمامًا كما سيصل إلى مكتب أمين المظالم: الاستمارة، ثم قائمة مستنداتك وصفحاتها. وهو موسوم بكلمة PREVIEW (معاينة)؛ أما النسخة التي تُعدّ في الخطوة التالية فليست عليها هذه العلامات وتحمل توقيعك بالطريقة التي اخترتها.</translation>
        </message>
    </context>
    <context>
        <name>ProcessingTimeView</name>
        <message>
            <source>When you enter the USCIS receipt date of your application (step “Applications and petitions”), a picture here shows how long it has waited.</source>
            <translation>عندما تُدخل تاريخ استلام USCIS لطلبك (خطوة «الطلبات والعرائض»)، تظهر هنا صورة تبيّن كم انتظر.</translation>
        </message>
        <message>
            <source>Received by USCIS</source>
            <translation>استلمته USCIS</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Your case has been pending %1 months.</source>
            <translation>قضيتك معلّقة منذ %1 شهرًا.</translation>
        </message>
        <message>
            <source>Posted processing time ends</source>
            <translation>نهاية مدة المعالجة المنشورة</translation>
        </message>
        <message>
            <source>That is %1 months past the posted time.</source>
            <translation>هذا بعد المدة المنشورة بـ %1 شهرًا.</translation>
        </message>
        <message>
            <source>It is still within the posted processing time.</source>
            <translation>ما زالت ضمن مدة المعالجة المنشورة.</translation>
        </message>
        <message>
            <source>Timeline of your case</source>
            <translation>الخط الزمني لقضيتك</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Ready to send.</source>
            <translation>جاهز للإرسال.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) worth a look below; they do not stop you.</source>
            <translation>
                <numerusform>لا شيء يستحق النظر أدناه.</numerusform>
                <numerusform>أمر واحد يستحق النظر أدناه؛ ولا يمنعك من المتابعة.</numerusform>
                <numerusform>أمران يستحقان النظر أدناه؛ ولا يمنعانك من المتابعة.</numerusform>
                <numerusform>%n أمور تستحق النظر أدناه؛ ولا تمنعك من المتابعة.</numerusform>
                <numerusform>%n أمرًا يستحق النظر أدناه؛ ولا تمنعك من المتابعة.</numerusform>
                <numerusform>%n أمر يستحق النظر أدناه؛ ولا تمنعك من المتابعة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not ready yet: %n answer(s) must be fixed first.</source>
            <translation>
                <numerusform>ليس جاهزًا بعد.</numerusform>
                <numerusform>ليس جاهزًا بعد: يجب تصحيح إجابة واحدة أولًا.</numerusform>
                <numerusform>ليس جاهزًا بعد: يجب تصحيح إجابتين أولًا.</numerusform>
                <numerusform>ليس جاهزًا بعد: يجب تصحيح %n إجابات أولًا.</numerusform>
                <numerusform>ليس جاهزًا بعد: يجب تصحيح %n إجابة أولًا.</numerusform>
                <numerusform>ليس جاهزًا بعد: يجب تصحيح %n إجابة أولًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more worth a look.</source>
            <translation>
                <numerusform>لا شيء آخر يستحق النظر.</numerusform>
                <numerusform>أمر آخر يستحق النظر.</numerusform>
                <numerusform>أمران آخران يستحقان النظر.</numerusform>
                <numerusform>%n أمور أخرى تستحق النظر.</numerusform>
                <numerusform>%n أمرًا آخر يستحق النظر.</numerusform>
                <numerusform>%n أمر آخر يستحق النظر.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must fix</source>
            <translation>يجب تصحيحه</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>للمراجعة</translation>
        </message>
        <message>
            <source>Readiness report</source>
            <translation>تقرير الجاهزية</translation>
        </message>
        <message>
            <source>Each line is something to fix or check. Press Enter to go to that answer.</source>
            <translation>كل سطر أمر يجب تصحيحه أو مراجعته. اضغط Enter للانتقال إلى تلك الإجابة.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsPage</name>
        <message>
            <source>What you said on the step “Can the Ombudsman help?” is already ticked below. Add any other reason, or untick one that does not fit.</source>
            <translation>ما قلته في خطوة «هل يستطيع أمين المظالم المساعدة؟» محدّد بالفعل في الأسفل. أضف أي سبب آخر، أو ألغِ تحديد ما لا ينطبق.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>مفتاح استرداد جديد</translation>
        </message>
        <message>
            <source>Closes this window.</source>
            <translation>يغلق هذه النافذة.</translation>
        </message>
        <message>
            <source>Close without noting the key?</source>
            <translation>الإغلاق دون تدوين المفتاح؟</translation>
        </message>
        <message>
            <source>The recovery key is not shown again. Close anyway? (You can make another one in Settings.)</source>
            <translation>لن يُعرض مفتاح الاسترداد مرة أخرى. هل تغلق على أي حال؟ (يمكنك إنشاء مفتاح آخر في الإعدادات.)</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation>إنشاء مفتاح استرداد جديد</translation>
        </message>
        <message>
            <source>Your old recovery key will stop working: throw that paper away once the new key is printed or written down. Go on?</source>
            <translation>سيتوقف مفتاح الاسترداد القديم عن العمل: تخلّص من تلك الورقة بعد طباعة المفتاح الجديد أو كتابته. هل تتابع؟</translation>
        </message>
        <message>
            <source>Your current passphrase:</source>
            <translation>عبارة المرور الحالية:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <source>Group %1 of %2: %3</source>
            <translation>المجموعة %1 من %2: %3</translation>
        </message>
        <message>
            <source>Shown once. Print or write it down.</source>
            <translation>يظهر مرة واحدة. اطبعه أو اكتبه.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key down by hand, carefully, group by group.</source>
            <translation>لا توجد طابعة مُعدّة على هذا الحاسوب. اكتب المفتاح بخط يدك بعناية، مجموعةً مجموعة.</translation>
        </message>
        <message>
            <source>Nothing was saved. Choose a printer, or write it down.</source>
            <translation>لم يُحفظ شيء. اختر طابعة، أو اكتبه بخط يدك.</translation>
        </message>
        <message>
            <source>Ombud Desktop recovery key</source>
            <translation>مفتاح الاسترداد لـ Ombud Desktop</translation>
        </message>
        <message>
            <source>Keep this paper in a safe place. It opens all your cases.</source>
            <translation>احفظ هذه الورقة في مكان آمن. فهي تفتح كل قضاياك.</translation>
        </message>
        <message>
            <source>Save the recovery key in a file?</source>
            <translation>حفظ مفتاح الاسترداد في ملف؟</translation>
        </message>
        <message>
            <source>You chose to print into a file. That file is not encrypted: anyone who finds it can open all your cases. Print on paper instead, or delete the file as soon as it is printed. Save it anyway?</source>
            <translation>اخترت الطباعة إلى ملف. هذا الملف غير مشفّر: أي شخص يجده يستطيع فتح جميع قضاياك. اطبع على الورق بدلًا من ذلك، أو احذف الملف فور طباعته. هل تحفظه على أي حال؟</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>مفتاح الاسترداد الخاص بك</translation>
        </message>
        <message>
            <source>This key opens your cases if the passphrase is forgotten. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
            <translation>يفتح هذا المفتاح قضاياك إذا نسيت عبارة المرور. لا يظهر إلا الآن. اطبعه أو اكتبه، واحفظه بعيدًا عن هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>&amp;Print the recovery key…</source>
            <translation>ا&amp;طبع مفتاح الاسترداد…</translation>
        </message>
        <message>
            <source>Prints the key on paper.</source>
            <translation>يطبع المفتاح على ورق.</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>طبعت مفتاح الاسترداد أو كتبته</translation>
        </message>
        <message>
            <source>Needed to go on; the key is not shown again.</source>
            <translation>مطلوب للمتابعة؛ لن يظهر المفتاح مرة أخرى.</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>م&amp;تابعة</translation>
        </message>
        <message>
            <source>Goes to your list of cases.</source>
            <translation>ينتقل إلى قائمة قضاياك.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review your answers</source>
            <translation>راجع إجاباتك</translation>
        </message>
        <message>
            <source>Hi&amp;de the PDF</source>
            <translation>إ&amp;خفاء ملف PDF</translation>
        </message>
        <message>
            <source>Hides the PDF again; your answers stay as they are.</source>
            <translation>يخفي ملف PDF مرة أخرى؛ وتبقى إجاباتك كما هي.</translation>
        </message>
        <message>
            <source>&amp;Show the PDF as it will be sent</source>
            <translation>ا&amp;عرض ملف PDF كما سيُرسَل</translation>
        </message>
        <message>
            <source>Shows the form and your documents as one PDF, below this button.</source>
            <translation>يعرض الاستمارة ومستنداتك في ملف PDF واحد أسفل هذا الزر.</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>لا توجد إجابات بعد</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>غيّر «%1»</translation>
        </message>
        <message>
            <source>Goes to this step to change these answers.</source>
            <translation>ينتقل إلى هذه الخطوة لتغيير هذه الإجابات.</translation>
        </message>
        <message>
            <source>Read your answers once more. Use “Change” to fix anything; you come back here with Next. Lines marked “Must fix” keep the form from being sent.</source>
            <translation>اقرأ إجاباتك مرة أخرى. استخدم «غيّر» لتصحيح أي شيء؛ وتعود إلى هنا بزر التالي. الأسطر المعلَّمة بـ «يجب تصحيحه» تمنع إرسال النموذج.</translation>
        </message>
        <message>
            <source>Is it ready to send?</source>
            <translation>هل هو جاهز للإرسال؟</translation>
        </message>
        <message>
            <source>Your answers, as on the form</source>
            <translation>إجاباتك كما في النموذج</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>The Ombudsman may not be able to help</source>
            <translation>قد لا يستطيع أمين المظالم المساعدة</translation>
        </message>
    </context>
    <context>
        <name>SentPanel</name>
        <message>
            <source>The reference holds invisible control characters ({chars}). Type it again without them.</source>
            <translation>يحتوي المرجع على أحرف تحكم غير مرئية ({chars}). اكتبه من جديد بدونها.</translation>
        </message>
        <message>
            <source>Could not record it just now; try again.</source>
            <translation>تعذّر التسجيل الآن؛ حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Marked as sent on {date} by {channel}.</source>
            <translation>عُلّمت بأنها أُرسلت في {date} عن طريق {channel}.</translation>
        </message>
        <message>
            <source>Save follow-up reminders</source>
            <translation>احفظ تذكيرات المتابعة</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>ملفات التقويم (*.ics)</translation>
        </message>
        <message>
            <source>The reminders could not be saved ({reason}). Choose another folder.</source>
            <translation>تعذّر حفظ التذكيرات ({reason}). اختر مجلدًا آخر.</translation>
        </message>
        <message>
            <source>Reminders saved: open {path} to add them to your calendar.</source>
            <translation>حُفظت التذكيرات: افتح {path} لإضافتها إلى تقويمك.</translation>
        </message>
        <message>
            <source>Delete the package?</source>
            <translation>أتحذف الحزمة؟</translation>
        </message>
        <message>
            <source>The package is not encrypted. Now that it is sent, delete it from this computer? (Your case stays saved in Ombud Desktop.)</source>
            <translation>الحزمة غير مشفّرة. بعد أن أُرسلت، هل تحذفها من هذا الحاسوب؟ (تبقى قضيتك محفوظة في Ombud Desktop.)</translation>
        </message>
        <message>
            <source>The package was deleted.</source>
            <translation>حُذفت الحزمة.</translation>
        </message>
        <message>
            <source>After sending</source>
            <translation>بعد الإرسال</translation>
        </message>
        <message>
            <source>Date sent:</source>
            <translation>تاريخ الإرسال:</translation>
        </message>
        <message>
            <source>Sent by:</source>
            <translation>أُرسلت عن طريق:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>المرجع:</translation>
        </message>
        <message>
            <source>fax confirmation number, tracking number, or the email's date</source>
            <translation>رقم تأكيد الفاكس، أو رقم التتبّع، أو تاريخ البريد الإلكتروني</translation>
        </message>
        <message>
            <source>The day you emailed, faxed or mailed it.</source>
            <translation>اليوم الذي أرسلته فيه بالبريد الإلكتروني أو الفاكس أو البريد.</translation>
        </message>
        <message>
            <source>How you sent it: email, fax or mail.</source>
            <translation>كيف أرسلته: بالبريد الإلكتروني أو الفاكس أو البريد.</translation>
        </message>
        <message>
            <source>Mark as &amp;sent</source>
            <translation>علّم بأنها أُ&amp;رسلت</translation>
        </message>
        <message>
            <source>Record that it was sent</source>
            <translation>سجّل أنها أُرسلت</translation>
        </message>
        <message>
            <source>Save &amp;reminders…</source>
            <translation>احفظ ال&amp;تذكيرات…</translation>
        </message>
        <message>
            <source>A calendar file reminding you to follow up after 30 and 90 days</source>
            <translation>ملف تقويم يذكّرك بالمتابعة بعد 30 و90 يومًا</translation>
        </message>
        <message>
            <source>&amp;Delete the package</source>
            <translation>ا&amp;حذف الحزمة</translation>
        </message>
        <message>
            <source>Remove the unencrypted export from this computer</source>
            <translation>أزل التصدير غير المشفّر من هذا الحاسوب</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <source> days</source>
            <translation> يومًا</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>اقفل بعد هذا العدد من دقائق عدم الاستخدام</translation>
        </message>
        <message>
            <source>Hides everything when nobody touched the keyboard or mouse. 0 = never.</source>
            <translation>يخفي كل شيء عندما لا يلمس أحد لوحة المفاتيح أو الفأرة. 0 = أبدًا.</translation>
        </message>
        <message>
            <source>Mark cases for deletion after</source>
            <translation>علّم القضايا للحذف بعد</translation>
        </message>
        <message>
            <source>Cases not edited for this long are marked on the case list.</source>
            <translation>تُعلَّم في قائمة القضايا القضايا التي لم تُعدَّل طوال هذه المدة.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>حجم النص</translation>
        </message>
        <message>
            <source>Makes all text bigger, up to twice the normal size.</source>
            <translation>يكبّر كل النص، حتى ضعف الحجم العادي.</translation>
        </message>
        <message>
            <source>Black text on white with strong lines.</source>
            <translation>نص أسود على أبيض بخطوط واضحة.</translation>
        </message>
        <message>
            <source>Change the passphrase…</source>
            <translation>تغيير عبارة المرور…</translation>
        </message>
        <message>
            <source>Add a passphrase…</source>
            <translation>إضافة عبارة مرور…</translation>
        </message>
        <message>
            <source>A new passphrase to unlock your cases; the old one stops working.</source>
            <translation>عبارة مرور جديدة لفتح قضاياك؛ وتتوقف القديمة عن العمل.</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>إنشاء مفتاح استرداد جديد…</translation>
        </message>
        <message>
            <source>Shows a new key to print; an earlier key stops working.</source>
            <translation>يعرض مفتاحًا جديدًا لطباعته؛ ويتوقف المفتاح السابق عن العمل.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>تم تغيير عبارة المرور.</translation>
        </message>
        <message>
            <source>The new recovery key is in force.</source>
            <translation>أصبح مفتاح الاسترداد الجديد ساريًا.</translation>
        </message>
        <message>
            <source>Ombud Desktop %1</source>
            <translation>Ombud Desktop، الإصدار %1</translation>
        </message>
        <message>
            <source>Set up by %1.</source>
            <translation>أعدّته لك %1.</translation>
        </message>
        <message>
            <source>Mark cases for deletion?</source>
            <translation>هل تريد تمييز حالات للحذف؟</translation>
        </message>
        <message numerus="yes">
            <source>With a period of %1 days, %n more case(s) will be marked as due for deletion. Change the period?</source>
            <translation>
                <numerusform>مع مدة %1 يومًا، لن تُميَّز أي حالة إضافية للحذف. هل تريد تغيير المدة؟</numerusform>
                <numerusform>مع مدة %1 يومًا، ستُميَّز حالة واحدة إضافية للحذف. هل تريد تغيير المدة؟</numerusform>
                <numerusform>مع مدة %1 يومًا، ستُميَّز حالتان إضافيتان للحذف. هل تريد تغيير المدة؟</numerusform>
                <numerusform>مع مدة %1 يومًا، ستُميَّز %n حالات إضافية للحذف. هل تريد تغيير المدة؟</numerusform>
                <numerusform>مع مدة %1 يومًا، ستُميَّز %n حالة إضافية للحذف. هل تريد تغيير المدة؟</numerusform>
                <numerusform>مع مدة %1 يومًا، ستُميَّز %n حالة إضافية للحذف. هل تريد تغيير المدة؟</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature drawing area</source>
            <translation>مساحة رسم التوقيع</translation>
        </message>
        <message>
            <source>Sign here with a mouse, pen or finger. Press Delete to clear. Without a mouse, choose the typed signature or print and sign instead.</source>
            <translation>وقّع هنا بالفأرة أو القلم أو الإصبع. اضغط Delete للمسح. من دون فأرة، اختر التوقيع المكتوب أو الطباعة والتوقيع.</translation>
        </message>
    </context>
    <context>
        <name>SignedPagePanel</name>
        <message>
            <source>Save the page to sign</source>
            <translation>حفظ الصفحة المطلوب توقيعها</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The page could not be saved ({reason}). Choose another folder.</source>
            <translation>تعذّر حفظ الصفحة ({reason}). اختر مجلدًا آخر.</translation>
        </message>
        <message>
            <source>Saved in {path} (not encrypted: delete it once the signed page is added). Sign and date it in ink.</source>
            <translation>حُفظت في {path} (غير مشفّرة: احذفها بعد إضافة الصفحة الموقّعة). وقّعها وأرّخها بالحبر.</translation>
        </message>
        <message>
            <source>Choose the scan or photo of the signed page</source>
            <translation>اختر المسح الضوئي أو صورة الصفحة الموقّعة</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
            <translation>المسوحات الضوئية والصور (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Adding the signed page (encrypted)…</source>
            <translation>جارٍ إضافة الصفحة الموقّعة (مشفّرة)…</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>تعذّرت إضافة هذا الملف. لم يتغيّر شيء؛ جرّب ملفًا آخر.</translation>
        </message>
        <message>
            <source>The signed page is added. It is kept encrypted.</source>
            <translation>أُضيفت الصفحة الموقّعة. وهي محفوظة مشفّرة.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax: print the page to sign, sign and date it in ink, then add a scan or a phone photo of the signed page. By mail, sign the printed form itself.</source>
            <translation>يُوقَّع هذا النموذج بخط اليد بالحبر. لإرساله بالبريد الإلكتروني أو الفاكس: اطبع الصفحة المطلوب توقيعها، ووقّعها وأرّخها بالحبر، ثم أضف مسحًا ضوئيًا أو صورة بالهاتف للصفحة الموقّعة. وبالبريد، وقّع النموذج المطبوع نفسه.</translation>
        </message>
        <message>
            <source>The signed page is added: it takes the place of the unsigned page in everything you send.</source>
            <translation>أُضيفت الصفحة الموقّعة: تحلّ محلّ الصفحة غير الموقّعة في كل ما ترسله.</translation>
        </message>
        <message>
            <source>Print the page to sign</source>
            <translation>طباعة الصفحة المطلوب توقيعها</translation>
        </message>
        <message>
            <source>The signature page with the person's name and receipt number on it</source>
            <translation>صفحة التوقيع وعليها اسم الشخص ورقم الإيصال</translation>
        </message>
        <message>
            <source>Add the signed page</source>
            <translation>إضافة الصفحة الموقّعة</translation>
        </message>
        <message>
            <source>A scan or phone photo of the page, signed and dated in ink</source>
            <translation>مسح ضوئي أو صورة بالهاتف للصفحة، موقّعة ومؤرّخة بالحبر</translation>
        </message>
    </context>
    <context>
        <name>SubmitterPage</name>
        <message>
            <source>Your saved details were filled in.</source>
            <translation>مُلئت بياناتك المحفوظة.</translation>
        </message>
        <message>
            <source>Fill in your details first, then save them.</source>
            <translation>املأ بياناتك أولًا، ثم احفظها.</translation>
        </message>
        <message>
            <source>Saved. New cases can be filled with these details in one step.</source>
            <translation>حُفظت. يمكن ملء القضايا الجديدة بهذه البيانات بخطوة واحدة.</translation>
        </message>
        <message>
            <source>&amp;Fill in my saved details</source>
            <translation>ا&amp;ملأ ببياناتي المحفوظة</translation>
        </message>
        <message>
            <source>Copies the details you saved before (name, organization, contact) here.</source>
            <translation>ينسخ هنا البيانات التي حفظتها من قبل (الاسم والمنظمة ووسائل التواصل).</translation>
        </message>
        <message>
            <source>Sa&amp;ve my details for next time</source>
            <translation>احف&amp;ظ بياناتي للمرة القادمة</translation>
        </message>
        <message>
            <source>Keeps these details, encrypted, to fill in new cases quickly.</source>
            <translation>يحتفظ بهذه البيانات مشفّرة، لملء القضايا الجديدة بسرعة.</translation>
        </message>
    </context>
    <context>
        <name>TermHelp</name>
        <message>
            <source>What is “%1”?</source>
            <translation>ما معنى «%1»؟</translation>
        </message>
        <message>
            <source>Shows or hides a short explanation.</source>
            <translation>يُظهر شرحًا قصيرًا أو يخفيه.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Type your passphrase, then press Enter.</source>
            <translation>اكتب عبارة المرور، ثم اضغط Enter.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>عبارة المرور هذه غير صحيحة. تحقّق من مفتاح Caps Lock وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Type your passphrase instead, or try the password store again.</source>
            <translation>لم يُعطِ مخزن كلمات المرور في الحاسوب المفتاح: أُغلقت نافذته أو رفض. اكتب عبارة المرور بدلًا من ذلك، أو جرّب مخزن كلمات المرور مرة أخرى.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Use your recovery key instead, or try the password store again.</source>
            <translation>لم يُعطِ مخزن كلمات المرور في الحاسوب المفتاح: أُغلقت نافذته أو رفض. استخدم مفتاح الاسترداد بدلًا من ذلك، أو جرّب مخزن كلمات المرور مرة أخرى.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Try again, and type the computer's password when it asks.</source>
            <translation>لم يُعطِ مخزن كلمات المرور في الحاسوب المفتاح: أُغلقت نافذته أو رفض. حاول مرة أخرى، واكتب كلمة مرور الحاسوب عندما يطلبها.</translation>
        </message>
        <message>
            <source>Type the recovery key from your paper, then press Enter.</source>
            <translation>اكتب مفتاح الاسترداد من ورقتك، ثم اضغط Enter.</translation>
        </message>
        <message>
            <source>The new passphrase is saved. Your old recovery key no longer works.</source>
            <translation>حُفظت عبارة المرور الجديدة. مفتاح الاسترداد القديم لم يعد يعمل.</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>اختر عبارة مرور جديدة</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>مقفل</translation>
        </message>
        <message>
            <source>Ombud Desktop is locked and your cases are hidden. Unlock to go on.</source>
            <translation>Ombud Desktop مقفل وقضاياك مخفية. افتح القفل للمتابعة.</translation>
        </message>
        <message>
            <source>Unlock your cases</source>
            <translation>افتح قفل قضاياك</translation>
        </message>
        <message>
            <source>Your cases are kept encrypted on this computer.</source>
            <translation>تُحفظ قضاياك مشفّرة على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;عبارة المرور</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>The passphrase chosen when Ombud Desktop was set up. Press Enter to unlock.</source>
            <translation>عبارة المرور التي اختيرت عند إعداد Ombud Desktop. اضغط Enter لفتح القفل.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>ا&amp;فتح القفل</translation>
        </message>
        <message>
            <source>Unlocks with the passphrase.</source>
            <translation>يفتح القفل بعبارة المرور.</translation>
        </message>
        <message>
            <source>Unlock with the &amp;system keyring</source>
            <translation>افتح القفل ب&amp;سلسلة مفاتيح النظام</translation>
        </message>
        <message>
            <source>Uses the key kept by this computer's password store.</source>
            <translation>يستخدم المفتاح المحفوظ في مخزن كلمات المرور في هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Use the recovery &amp;key</source>
            <translation>استخدم م&amp;فتاح الاسترداد</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Opens your cases with the recovery key on paper.</source>
            <translation>نسيت عبارة المرور؟ يفتح قضاياك بمفتاح الاسترداد المكتوب على الورق.</translation>
        </message>
        <message>
            <source>Recovery &amp;key (groups of four letters and digits)</source>
            <translation>م&amp;فتاح الاسترداد (مجموعات من أربعة أحرف وأرقام)</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>Type it as printed; dashes and spaces do not matter. Press Enter to open.</source>
            <translation>اكتبه كما هو مطبوع؛ الشرطات والمسافات لا تهم. اضغط Enter للفتح.</translation>
        </message>
        <message>
            <source>&amp;Open with the recovery key</source>
            <translation>ا&amp;فتح بمفتاح الاسترداد</translation>
        </message>
        <message>
            <source>Opens your cases, then asks for a new passphrase.</source>
            <translation>يفتح قضاياك، ثم يطلب عبارة مرور جديدة.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;رجوع</translation>
        </message>
        <message>
            <source>Back to the passphrase.</source>
            <translation>يعود إلى عبارة المرور.</translation>
        </message>
        <message>
            <source>Your cases are open. Now choose a new passphrase: you will type it from now on.</source>
            <translation>قضاياك مفتوحة. اختر الآن عبارة مرور جديدة: ستكتبها من الآن فصاعدًا.</translation>
        </message>
        <message>
            <source>&amp;Save the new passphrase</source>
            <translation>ا&amp;حفظ عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>Saves it and opens your cases. Your recovery key keeps working.</source>
            <translation>يحفظها ويفتح قضاياك. يبقى مفتاح الاسترداد صالحًا.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>مرحبًا</translation>
        </message>
        <message>
            <source>This app helps you ask the CIS Ombudsman for help with a case that is stuck or went wrong at USCIS. It fills in Form DHS-7001 with you, one question at a time, and makes a package you can email, fax or mail.</source>
            <translation>يساعدك هذا التطبيق على طلب مساعدة أمين مظالم CIS في قضية متعثرة أو حدث فيها خطأ لدى USCIS. يملأ معك النموذج DHS-7001، سؤالًا بعد سؤال، ويعدّ حزمة يمكنك إرسالها بالبريد الإلكتروني أو الفاكس أو البريد.</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>ما تحتاج إليه</translation>
        </message>
        <message>
            <source>• Your USCIS receipt notices (the receipt number starts with 3 letters).
• The dates you contacted USCIS and any reference numbers.
• Copies of letters from USCIS and of what you sent them. Never send originals.
• About 20 to 40 minutes. You can stop at any time: everything is saved.</source>
            <translation>• إشعارات الاستلام من USCIS (يبدأ رقم الإيصال بثلاثة أحرف).
• تواريخ تواصلك مع USCIS وأي أرقام مرجعية.
• نسخ من رسائل USCIS ومما أرسلته إليها. لا ترسل الأصول أبدًا.
• نحو 20 إلى 40 دقيقة. يمكنك التوقف في أي وقت: كل شيء يُحفظ.</translation>
        </message>
        <message>
            <source>Your privacy</source>
            <translation>خصوصيتك</translation>
        </message>
        <message>
            <source>Everything you type and every document you add stays on this computer, encrypted. The app never uses the internet. Nothing is sent until you send it yourself. Use Quick exit (Ctrl+Shift+Q) to hide everything at once.</source>
            <translation>كل ما تكتبه وكل مستند تضيفه يبقى على هذا الحاسوب، مشفّرًا. لا يستخدم التطبيق الإنترنت أبدًا. لا يُرسل أي شيء حتى ترسله أنت بنفسك. استخدم الخروج السريع (Ctrl+Shift+Q) لإخفاء كل شيء فورًا.</translation>
        </message>
        <message>
            <source>What the Ombudsman can and cannot do</source>
            <translation>ما يستطيعه أمين المظالم وما لا يستطيعه</translation>
        </message>
        <message>
            <source>The Ombudsman can ask USCIS to look at a problem with your case. It cannot give legal advice or change a USCIS decision. This app is not made by the U.S. government and does not give legal advice.</source>
            <translation>يستطيع أمين المظالم أن يطلب من USCIS النظر في مشكلة في قضيتك. ولا يستطيع تقديم استشارة قانونية أو تغيير قرار من USCIS. هذا التطبيق ليس من صنع الحكومة الأمريكية ولا يقدّم استشارة قانونية.</translation>
        </message>
    </context>
    <context>
        <name>WizardView</name>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>حُفظ</translation>
        </message>
        <message>
            <source>Please answer this before going on: %1</source>
            <translation>يُرجى الإجابة عن هذا قبل المتابعة: %1</translation>
        </message>
        <message>
            <source>This step is not needed for this case.</source>
            <translation>هذه الخطوة غير مطلوبة لهذه القضية.</translation>
        </message>
        <message>
            <source>Use Next to reach this step; earlier steps come first.</source>
            <translation>استخدم زر التالي للوصول إلى هذه الخطوة؛ الخطوات السابقة تأتي أولًا.</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>(غير مطلوبة)</translation>
        </message>
        <message>
            <source>Step %1, “%2”, is now needed because of your answer.</source>
            <translation>أصبحت الخطوة %1، «%2»، مطلوبة بسبب إجابتك.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>الخطوات</translation>
        </message>
        <message>
            <source>The steps of the form. Press Enter on a step you have visited to go back to it.</source>
            <translation>خطوات النموذج. اضغط Enter على خطوة زرتها للعودة إليها.</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>ال&amp;رئيسية</translation>
        </message>
        <message>
            <source>Back to the list of cases. Everything is saved.</source>
            <translation>العودة إلى قائمة القضايا. كل شيء محفوظ.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>ال&amp;سابق</translation>
        </message>
        <message>
            <source>The previous step. Nothing you typed is lost. Shortcut: Alt+Left.</source>
            <translation>الخطوة السابقة. لا يضيع شيء مما كتبته. الاختصار: Alt+السهم الأيسر.</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>ال&amp;تالي</translation>
        </message>
        <message>
            <source>The next step. Shortcut: Alt+Right.</source>
            <translation>الخطوة التالية. الاختصار: Alt+السهم الأيمن.</translation>
        </message>
    </context>
    <context>
        <name>background_job</name>
        <message>
            <source>Something unexpected went wrong ({kind}). Your answers are safe; go back a step and try again.</source>
            <translation>حدث خطأ غير متوقع ({kind}). إجاباتك محفوظة؛ ارجع خطوة ثم حاول مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>bundle_readme</name>
        <message>
            <source>Email (recommended)</source>
            <translation>البريد الإلكتروني (موصى به)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>الفاكس</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>البريد</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>الهاتف (مجاني)</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>الموقع الإلكتروني</translation>
        </message>
        <message>
            <source>Request for case assistance to the CIS Ombudsman (Form DHS-7001)</source>
            <translation>طلب مساعدة في قضية إلى أمين مظالم CIS (النموذج DHS-7001)</translation>
        </message>
        <message>
            <source>For: {name}. Receipt number: {receipt}. Made on {date}. Way to send: {channel}.</source>
            <translation>لـ: {name}. رقم الإيصال: {receipt}. أُعدّ في: {date}. طريقة الإرسال: {channel}.</translation>
        </message>
        <message>
            <source>Prepared with the help of {organization}.</source>
            <translation>أُعدّ بمساعدة {organization}.</translation>
        </message>
        <message>
            <source>Where to get help: {help}</source>
            <translation>أين تجد المساعدة: {help}</translation>
        </message>
        <message>
            <source>Important: the files in this folder are not encrypted and hold private information. Keep them safe, and delete this folder once the request is sent.</source>
            <translation>مهم: الملفات في هذا المجلد غير مشفّرة وتحتوي معلومات خاصة. احفظها في مكان آمن، واحذف هذا المجلد بعد إرسال الطلب.</translation>
        </message>
        <message>
            <source>The Ombudsman's office changed how it operates in 2025. These contact details may be out of date: confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>غيّر مكتب أمين المظالم طريقة عمله في 2025. قد تكون بيانات التواصل هذه قديمة: تأكّد منها في www.dhs.gov/cisombudsman عندما يتوفر لديك اتصال بالإنترنت.</translation>
        </message>
        <message>
            <source>Before you send: confirm the contact details</source>
            <translation>قبل الإرسال: تأكّد من بيانات التواصل</translation>
        </message>
        <message>
            <source>{label}: {value} (from: {source}; last checked {checked}).</source>
            <translation>{label}: {value} (المصدر: {source}؛ آخر تحقّق: {checked}).</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>كيف ترسله</translation>
        </message>
        <message>
            <source>What is in this folder</source>
            <translation>ما في هذا المجلد</translation>
        </message>
        <message>
            <source>manifest.json and SHA256SUMS: every file with its size and SHA-256 checksum, to check that nothing was changed or lost on the way.</source>
            <translation>manifest.json وSHA256SUMS: كل ملف مع حجمه ومجموع التحقق SHA-256، للتأكد من أن شيئًا لم يتغير أو يضع في الطريق.</translation>
        </message>
        <message>
            <source>After sending: in Ombud Desktop, mark the case as sent with the date and the reference ({reference}). It makes reminders to follow up after 30 and 90 days.</source>
            <translation>بعد الإرسال: في Ombud Desktop، علّم القضية بأنها أُرسلت مع التاريخ والمرجع ({reference}). فيُنشئ التطبيق تذكيرات للمتابعة بعد 30 و90 يومًا.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>fax</source>
            <translation>الفاكس</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>البريد</translation>
        </message>
        <message>
            <source>the date you sent the email</source>
            <translation>تاريخ إرسال البريد الإلكتروني</translation>
        </message>
        <message>
            <source>the number on the fax confirmation page</source>
            <translation>الرقم الموجود في صفحة تأكيد الفاكس</translation>
        </message>
        <message>
            <source>the tracking number, if any</source>
            <translation>رقم التتبّع، إن وُجد</translation>
        </message>
        <message>
            <source>Open {first_eml} (double-click it): your mail program opens it as a new message to {email}, with the files attached.</source>
            <translation>افتح {first_eml} (بنقرتين): يفتحه برنامج البريد لديك رسالةً جديدة إلى {email}، والملفات مرفقة.</translation>
        </message>
        <message>
            <source>There are {count} messages: send all of them, from part 1 to part {count}. Each one says in its text which documents it carries.</source>
            <translation>هناك {count} رسائل: أرسلها كلها، من الجزء 1 إلى الجزء {count}. تذكر كل رسالة في نصها المستندات التي تحملها.</translation>
        </message>
        <message>
            <source>Check the message, then press Send.</source>
            <translation>راجع الرسالة، ثم اضغط إرسال.</translation>
        </message>
        <message>
            <source>If you use email in a web browser (Gmail, Outlook.com, Yahoo): write a new message to {email} with the subject "{subject}", copy into it the text of the matching message-N.txt file, attach the files it names from the folder "attachments", and send.</source>
            <translation>إذا كنت تستخدم البريد الإلكتروني في متصفح الويب (Gmail أو Outlook.com أو Yahoo): اكتب رسالة جديدة إلى {email} بالموضوع "{subject}"، وانسخ فيها نص ملف message-N.txt المطابق، وأرفق الملفات التي يذكرها من المجلد "attachments"، ثم أرسلها.</translation>
        </message>
        <message>
            <source>{title} ({size} MB) is larger than the {limit} MB an email may carry, so it is not in any message. It is in the folder "attachments". Send it by fax or by mail, or make it smaller (scan fewer pages or at a lower resolution) and export again.</source>
            <translation>{title} ({size} ميغابايت) أكبر من {limit} ميغابايت التي تتسع لها رسالة بريد إلكتروني، ولذلك ليس في أي رسالة. وهو في المجلد "attachments". أرسله بالفاكس أو بالبريد، أو صغّره (امسح صفحات أقل أو بدقة أقل) ثم صدّر مرة أخرى.</translation>
        </message>
        <message>
            <source>Send {fax_pdf} ({pages} pages, this count includes the cover sheet) to the fax number {fax}.</source>
            <translation>أرسل {fax_pdf} ({pages} صفحة، مع صفحة الغلاف) إلى رقم الفاكس {fax}.</translation>
        </message>
        <message>
            <source>With a fax machine: print {fax_pdf} single-sided and put all the pages in the machine. With a fax service or app: upload {fax_pdf}.</source>
            <translation>بجهاز فاكس: اطبع {fax_pdf} على وجه واحد وضع كل الصفحات في الجهاز. بخدمة أو تطبيق فاكس: ارفع {fax_pdf}.</translation>
        </message>
        <message>
            <source>Keep the confirmation page the fax machine or service gives you.</source>
            <translation>احتفظ بصفحة التأكيد التي يعطيك إياها جهاز الفاكس أو الخدمة.</translation>
        </message>
        <message>
            <source>If a fax service asks for a TIFF file, upload {fax_tiff} instead.</source>
            <translation>إذا طلبت خدمة الفاكس ملف TIFF، فارفع {fax_tiff} بدلًا منه.</translation>
        </message>
        <message>
            <source>Print {packet} single-sided ({packet_pages} pages). The first page is a checklist for you; do not mail it.</source>
            <translation>اطبع {packet} على وجه واحد ({packet_pages} صفحة). الصفحة الأولى قائمة تحقّق لك؛ لا ترسلها.</translation>
        </message>
        <message>
            <source>Sign and date the form with a pen where it says "Sign here", if it asks for a signature by hand.</source>
            <translation>وقّع النموذج واكتب التاريخ بالقلم حيث كُتب "Sign here"، إذا كان يطلب توقيعًا باليد.</translation>
        </message>
        <message>
            <source>Go through the checklist, then put the pages in order in the envelope, the address page on top.</source>
            <translation>راجع قائمة التحقق، ثم ضع الصفحات بالترتيب في الظرف، وصفحة العنوان في الأعلى.</translation>
        </message>
        <message>
            <source>Mail it to: {address}. Mail may be delayed up to {days} days by security screening: email is faster.</source>
            <translation>أرسله بالبريد إلى: {address}. قد يتأخر البريد حتى {days} يومًا بسبب الفحص الأمني: البريد الإلكتروني أسرع.</translation>
        </message>
        <message>
            <source>{name}: the email message to send (part {part} of {count}).</source>
            <translation>{name}: رسالة البريد الإلكتروني المطلوب إرسالها (الجزء {part} من {count}).</translation>
        </message>
        <message>
            <source>{name}: the text of message {part}, to paste into webmail.</source>
            <translation>{name}: نص الرسالة {part}، للصقه في البريد عبر الويب.</translation>
        </message>
        <message>
            <source>attachments/: the form and documents, as separate PDF files.</source>
            <translation>attachments/: النموذج والمستندات، كملفات PDF منفصلة.</translation>
        </message>
        <message>
            <source>{name}: the fax, ready to send ({pages} pages with the cover sheet).</source>
            <translation>{name}: الفاكس، جاهز للإرسال ({pages} صفحة مع صفحة الغلاف).</translation>
        </message>
        <message>
            <source>{name}: the same fax as a TIFF file ({coding}) for fax services.</source>
            <translation>{name}: الفاكس نفسه في ملف TIFF ‏({coding}) لخدمات الفاكس.</translation>
        </message>
        <message>
            <source>{name}: everything to print and mail.</source>
            <translation>{name}: كل ما يجب طباعته وإرساله بالبريد.</translation>
        </message>
    </context>
    <context>
        <name>countries</name>
        <message>
            <source>Afghanistan</source>
            <extracomment>country AF</extracomment>
            <translation>أفغانستان</translation>
        </message>
        <message>
            <source>Albania</source>
            <extracomment>country AL</extracomment>
            <translation>ألبانيا</translation>
        </message>
        <message>
            <source>Algeria</source>
            <extracomment>country DZ</extracomment>
            <translation>الجزائر</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>country AS</extracomment>
            <translation>صاموا الأمريكيّة</translation>
        </message>
        <message>
            <source>Andorra</source>
            <extracomment>country AD</extracomment>
            <translation>أندورا</translation>
        </message>
        <message>
            <source>Angola</source>
            <extracomment>country AO</extracomment>
            <translation>أنغولا</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <extracomment>country AI</extracomment>
            <translation>أنغويلا</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <extracomment>country AQ</extracomment>
            <translation>القطب الجنوبي</translation>
        </message>
        <message>
            <source>Antigua and Barbuda</source>
            <extracomment>country AG</extracomment>
            <translation>أنتيغوا و باربودا</translation>
        </message>
        <message>
            <source>Argentina</source>
            <extracomment>country AR</extracomment>
            <translation>الأرجنتين</translation>
        </message>
        <message>
            <source>Armenia</source>
            <extracomment>country AM</extracomment>
            <translation>أرمينيا</translation>
        </message>
        <message>
            <source>Aruba</source>
            <extracomment>country AW</extracomment>
            <translation>أروبا</translation>
        </message>
        <message>
            <source>Australia</source>
            <extracomment>country AU</extracomment>
            <translation>أستراليا</translation>
        </message>
        <message>
            <source>Austria</source>
            <extracomment>country AT</extracomment>
            <translation>النّمسا</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <extracomment>country AZ</extracomment>
            <translation>أذربيجان</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <extracomment>country BS</extracomment>
            <translation>جزر البهاما</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <extracomment>country BH</extracomment>
            <translation>البحرين</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <extracomment>country BD</extracomment>
            <translation>بنغلادش</translation>
        </message>
        <message>
            <source>Barbados</source>
            <extracomment>country BB</extracomment>
            <translation>بربادوس</translation>
        </message>
        <message>
            <source>Belarus</source>
            <extracomment>country BY</extracomment>
            <translation>بيلاروس</translation>
        </message>
        <message>
            <source>Belgium</source>
            <extracomment>country BE</extracomment>
            <translation>بلجيكا</translation>
        </message>
        <message>
            <source>Belize</source>
            <extracomment>country BZ</extracomment>
            <translation>بيليز</translation>
        </message>
        <message>
            <source>Benin</source>
            <extracomment>country BJ</extracomment>
            <translation>بنين</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <extracomment>country BM</extracomment>
            <translation>برمودا</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <extracomment>country BT</extracomment>
            <translation>بوتان</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <extracomment>country BO</extracomment>
            <translation>بوليفيا</translation>
        </message>
        <message>
            <source>Bonaire, Sint Eustatius and Saba</source>
            <extracomment>country BQ</extracomment>
            <translation>بونير وسانت يوستاتيوس وسابا</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina</source>
            <extracomment>country BA</extracomment>
            <translation>البوسنة و الهرسك</translation>
        </message>
        <message>
            <source>Botswana</source>
            <extracomment>country BW</extracomment>
            <translation>بوتسوانا</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <extracomment>country BV</extracomment>
            <translation>جزيرة بوفي</translation>
        </message>
        <message>
            <source>Brazil</source>
            <extracomment>country BR</extracomment>
            <translation>البرازيل</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <extracomment>country IO</extracomment>
            <translation>مقاطعة المحيط الهندي البريطانيّة</translation>
        </message>
        <message>
            <source>Brunei Darussalam</source>
            <extracomment>country BN</extracomment>
            <translation>بروناي</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <extracomment>country BG</extracomment>
            <translation>بلغاريا</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <extracomment>country BF</extracomment>
            <translation>بوركينا فاصو</translation>
        </message>
        <message>
            <source>Burundi</source>
            <extracomment>country BI</extracomment>
            <translation>بوروندي</translation>
        </message>
        <message>
            <source>Cabo Verde</source>
            <extracomment>country CV</extracomment>
            <translation>الرأس الأخضر</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <extracomment>country KH</extracomment>
            <translation>كمبوديا</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <extracomment>country CM</extracomment>
            <translation>الكاميرون</translation>
        </message>
        <message>
            <source>Canada</source>
            <extracomment>country CA</extracomment>
            <translation>كندا</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <extracomment>country KY</extracomment>
            <translation>جزر الكيمان</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <extracomment>country CF</extracomment>
            <translation>جمهورية إفريقيّا الوسطى</translation>
        </message>
        <message>
            <source>Chad</source>
            <extracomment>country TD</extracomment>
            <translation>تشاد</translation>
        </message>
        <message>
            <source>Chile</source>
            <extracomment>country CL</extracomment>
            <translation>تشيلي</translation>
        </message>
        <message>
            <source>China</source>
            <extracomment>country CN</extracomment>
            <translation>الصّين</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <extracomment>country CX</extracomment>
            <translation>جزيرة كريسماس</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <extracomment>country CC</extracomment>
            <translation>جزر الكوكوس</translation>
        </message>
        <message>
            <source>Colombia</source>
            <extracomment>country CO</extracomment>
            <translation>كولومبيا</translation>
        </message>
        <message>
            <source>Comoros</source>
            <extracomment>country KM</extracomment>
            <translation>جزر القمر</translation>
        </message>
        <message>
            <source>Congo</source>
            <extracomment>country CG</extracomment>
            <translation>الكونغو</translation>
        </message>
        <message>
            <source>Congo, The Democratic Republic of the</source>
            <extracomment>country CD</extracomment>
            <translation>جمهورية الكونغو الديمقراطية</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <extracomment>country CK</extracomment>
            <translation>جزر كوك</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <extracomment>country CR</extracomment>
            <translation>كوستاريكا</translation>
        </message>
        <message>
            <source>Croatia</source>
            <extracomment>country HR</extracomment>
            <translation>كرواتيا</translation>
        </message>
        <message>
            <source>Cuba</source>
            <extracomment>country CU</extracomment>
            <translation>كوبا</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <extracomment>country CW</extracomment>
            <translation>كوراساو</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <extracomment>country CY</extracomment>
            <translation>قبرص</translation>
        </message>
        <message>
            <source>Czechia</source>
            <extracomment>country CZ</extracomment>
            <translation>التشيك</translation>
        </message>
        <message>
            <source>Côte d'Ivoire</source>
            <extracomment>country CI</extracomment>
            <translation>ساحل العاج</translation>
        </message>
        <message>
            <source>Denmark</source>
            <extracomment>country DK</extracomment>
            <translation>الدّنمارك</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <extracomment>country DJ</extracomment>
            <translation>جيبوتي</translation>
        </message>
        <message>
            <source>Dominica</source>
            <extracomment>country DM</extracomment>
            <translation>دومينيكا</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <extracomment>country DO</extracomment>
            <translation>جمهوريّة الدّومينيكان</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <extracomment>country EC</extracomment>
            <translation>الإكوادور</translation>
        </message>
        <message>
            <source>Egypt</source>
            <extracomment>country EG</extracomment>
            <translation>مصر</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <extracomment>country SV</extracomment>
            <translation>السّلفادور</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <extracomment>country GQ</extracomment>
            <translation>غينيا الاستوائيّة</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <extracomment>country ER</extracomment>
            <translation>إريتريا</translation>
        </message>
        <message>
            <source>Estonia</source>
            <extracomment>country EE</extracomment>
            <translation>إستونيا</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <extracomment>country SZ</extracomment>
            <translation>إسواتيني</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <extracomment>country ET</extracomment>
            <translation>إثيوبيا</translation>
        </message>
        <message>
            <source>Falkland Islands (Malvinas)</source>
            <extracomment>country FK</extracomment>
            <translation>جزر فولكلاند (مالفيناس)</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <extracomment>country FO</extracomment>
            <translation>جزر الفارو</translation>
        </message>
        <message>
            <source>Fiji</source>
            <extracomment>country FJ</extracomment>
            <translation>فيجي</translation>
        </message>
        <message>
            <source>Finland</source>
            <extracomment>country FI</extracomment>
            <translation>فنلندا</translation>
        </message>
        <message>
            <source>France</source>
            <extracomment>country FR</extracomment>
            <translation>فرنسا</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <extracomment>country GF</extracomment>
            <translation>غيانا الفرنسيّة</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <extracomment>country PF</extracomment>
            <translation>بولينيسيا الفرنسيّة</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <extracomment>country TF</extracomment>
            <translation>المقاطعات الفرنسيّة الجنوبيّة</translation>
        </message>
        <message>
            <source>Gabon</source>
            <extracomment>country GA</extracomment>
            <translation>الغابون</translation>
        </message>
        <message>
            <source>Gambia</source>
            <extracomment>country GM</extracomment>
            <translation>غامبيا</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>country GE</extracomment>
            <translation>جورجيا</translation>
        </message>
        <message>
            <source>Germany</source>
            <extracomment>country DE</extracomment>
            <translation>ألمانيا</translation>
        </message>
        <message>
            <source>Ghana</source>
            <extracomment>country GH</extracomment>
            <translation>غانا</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <extracomment>country GI</extracomment>
            <translation>جبل طارق</translation>
        </message>
        <message>
            <source>Greece</source>
            <extracomment>country GR</extracomment>
            <translation>اليونان</translation>
        </message>
        <message>
            <source>Greenland</source>
            <extracomment>country GL</extracomment>
            <translation>غرينلاند</translation>
        </message>
        <message>
            <source>Grenada</source>
            <extracomment>country GD</extracomment>
            <translation>غرينادا</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <extracomment>country GP</extracomment>
            <translation>غوادلوب</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>country GU</extracomment>
            <translation>جوام</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <extracomment>country GT</extracomment>
            <translation>غواتيمالا</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <extracomment>country GG</extracomment>
            <translation>غيرنزي</translation>
        </message>
        <message>
            <source>Guinea</source>
            <extracomment>country GN</extracomment>
            <translation>غينيا</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <extracomment>country GW</extracomment>
            <translation>غينيا بيساو</translation>
        </message>
        <message>
            <source>Guyana</source>
            <extracomment>country GY</extracomment>
            <translation>غويانا</translation>
        </message>
        <message>
            <source>Haiti</source>
            <extracomment>country HT</extracomment>
            <translation>هايتي</translation>
        </message>
        <message>
            <source>Heard Island and McDonald Islands</source>
            <extracomment>country HM</extracomment>
            <translation>جزيرة هيرد وجزر مَكْدونالد</translation>
        </message>
        <message>
            <source>Holy See (Vatican City State)</source>
            <extracomment>country VA</extracomment>
            <translation>الفاتيكان</translation>
        </message>
        <message>
            <source>Honduras</source>
            <extracomment>country HN</extracomment>
            <translation>هندوراس</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <extracomment>country HK</extracomment>
            <translation>هونغ كونغ</translation>
        </message>
        <message>
            <source>Hungary</source>
            <extracomment>country HU</extracomment>
            <translation>المجر (هنغاريا)</translation>
        </message>
        <message>
            <source>Iceland</source>
            <extracomment>country IS</extracomment>
            <translation>آيسلندا</translation>
        </message>
        <message>
            <source>India</source>
            <extracomment>country IN</extracomment>
            <translation>الهند</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <extracomment>country ID</extracomment>
            <translation>إندونيسيا</translation>
        </message>
        <message>
            <source>Iran</source>
            <extracomment>country IR</extracomment>
            <translation>إيران</translation>
        </message>
        <message>
            <source>Iraq</source>
            <extracomment>country IQ</extracomment>
            <translation>العراق</translation>
        </message>
        <message>
            <source>Ireland</source>
            <extracomment>country IE</extracomment>
            <translation>أيرلندا</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <extracomment>country IM</extracomment>
            <translation>جزيرة مان</translation>
        </message>
        <message>
            <source>Israel</source>
            <extracomment>country IL</extracomment>
            <translation>إسرائيل</translation>
        </message>
        <message>
            <source>Italy</source>
            <extracomment>country IT</extracomment>
            <translation>إيطاليا</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <extracomment>country JM</extracomment>
            <translation>جامايكا</translation>
        </message>
        <message>
            <source>Japan</source>
            <extracomment>country JP</extracomment>
            <translation>اليابان</translation>
        </message>
        <message>
            <source>Jersey</source>
            <extracomment>country JE</extracomment>
            <translation>جيرسي</translation>
        </message>
        <message>
            <source>Jordan</source>
            <extracomment>country JO</extracomment>
            <translation>الأردن</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <extracomment>country KZ</extracomment>
            <translation>كازاخستان</translation>
        </message>
        <message>
            <source>Kenya</source>
            <extracomment>country KE</extracomment>
            <translation>كينيا</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <extracomment>country KI</extracomment>
            <translation>كيريباتي</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <extracomment>country KW</extracomment>
            <translation>الكويت</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <extracomment>country KG</extracomment>
            <translation>قيرغزستان</translation>
        </message>
        <message>
            <source>Laos</source>
            <extracomment>country LA</extracomment>
            <translation>لاوس</translation>
        </message>
        <message>
            <source>Latvia</source>
            <extracomment>country LV</extracomment>
            <translation>لاتفيا</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <extracomment>country LB</extracomment>
            <translation>لبنان</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <extracomment>country LS</extracomment>
            <translation>ليسوتو</translation>
        </message>
        <message>
            <source>Liberia</source>
            <extracomment>country LR</extracomment>
            <translation>ليبيريا</translation>
        </message>
        <message>
            <source>Libya</source>
            <extracomment>country LY</extracomment>
            <translation>ليبيا</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <extracomment>country LI</extracomment>
            <translation>ليشتنشتاين</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <extracomment>country LT</extracomment>
            <translation>ليتوانيا</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <extracomment>country LU</extracomment>
            <translation>لوكسمبورغ</translation>
        </message>
        <message>
            <source>Macao</source>
            <extracomment>country MO</extracomment>
            <translation>مكّاو</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <extracomment>country MG</extracomment>
            <translation>مدغشقر</translation>
        </message>
        <message>
            <source>Malawi</source>
            <extracomment>country MW</extracomment>
            <translation>ملاوي</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <extracomment>country MY</extracomment>
            <translation>ماليزيا</translation>
        </message>
        <message>
            <source>Maldives</source>
            <extracomment>country MV</extracomment>
            <translation>جزر المالديف</translation>
        </message>
        <message>
            <source>Mali</source>
            <extracomment>country ML</extracomment>
            <translation>مالي</translation>
        </message>
        <message>
            <source>Malta</source>
            <extracomment>country MT</extracomment>
            <translation>مالطة</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>country MH</extracomment>
            <translation>جزر المارشال</translation>
        </message>
        <message>
            <source>Martinique</source>
            <extracomment>country MQ</extracomment>
            <translation>مارتينيك</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <extracomment>country MR</extracomment>
            <translation>موريتانيا</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <extracomment>country MU</extracomment>
            <translation>موريشيوس</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <extracomment>country YT</extracomment>
            <translation>مايوت</translation>
        </message>
        <message>
            <source>Mexico</source>
            <extracomment>country MX</extracomment>
            <translation>المكسيك</translation>
        </message>
        <message>
            <source>Micronesia, Federated States of</source>
            <extracomment>country FM</extracomment>
            <translation>ميكرونيزيا</translation>
        </message>
        <message>
            <source>Moldova</source>
            <extracomment>country MD</extracomment>
            <translation>مولدوفا</translation>
        </message>
        <message>
            <source>Monaco</source>
            <extracomment>country MC</extracomment>
            <translation>موناكو</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <extracomment>country MN</extracomment>
            <translation>منغوليا</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <extracomment>country ME</extracomment>
            <translation>الجبل الأسود</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <extracomment>country MS</extracomment>
            <translation>مونتسيرات</translation>
        </message>
        <message>
            <source>Morocco</source>
            <extracomment>country MA</extracomment>
            <translation>المغرب</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <extracomment>country MZ</extracomment>
            <translation>موزمبيق</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <extracomment>country MM</extracomment>
            <translation>ميانمار</translation>
        </message>
        <message>
            <source>Namibia</source>
            <extracomment>country NA</extracomment>
            <translation>ناميبيا</translation>
        </message>
        <message>
            <source>Nauru</source>
            <extracomment>country NR</extracomment>
            <translation>ناورو</translation>
        </message>
        <message>
            <source>Nepal</source>
            <extracomment>country NP</extracomment>
            <translation>نيبال</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <extracomment>country NL</extracomment>
            <translation>هولندا</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <extracomment>country NC</extracomment>
            <translation>كاليدونيا الجديدة</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <extracomment>country NZ</extracomment>
            <translation>نيوزيلاندا</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <extracomment>country NI</extracomment>
            <translation>نيكاراجوا</translation>
        </message>
        <message>
            <source>Niger</source>
            <extracomment>country NE</extracomment>
            <translation>النّيجر</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <extracomment>country NG</extracomment>
            <translation>نيجيريا</translation>
        </message>
        <message>
            <source>Niue</source>
            <extracomment>country NU</extracomment>
            <translation>نيوي</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <extracomment>country NF</extracomment>
            <translation>جزيرة نورفولك</translation>
        </message>
        <message>
            <source>North Korea</source>
            <extracomment>country KP</extracomment>
            <translation>كوريا الشمالية</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <extracomment>country MK</extracomment>
            <translation>مقدونيا الشمالية</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>country MP</extracomment>
            <translation>جزر ماريانا الشّماليّة</translation>
        </message>
        <message>
            <source>Norway</source>
            <extracomment>country NO</extracomment>
            <translation>النّرويج</translation>
        </message>
        <message>
            <source>Oman</source>
            <extracomment>country OM</extracomment>
            <translation>عمان</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <extracomment>country PK</extracomment>
            <translation>باكستان</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>country PW</extracomment>
            <translation>بالاو</translation>
        </message>
        <message>
            <source>Palestine, State of</source>
            <extracomment>country PS</extracomment>
            <translation>فلسطين</translation>
        </message>
        <message>
            <source>Panama</source>
            <extracomment>country PA</extracomment>
            <translation>بنما</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <extracomment>country PG</extracomment>
            <translation>بابوا غينيا الجديدة</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <extracomment>country PY</extracomment>
            <translation>الباراغواي</translation>
        </message>
        <message>
            <source>Peru</source>
            <extracomment>country PE</extracomment>
            <translation>البيرو</translation>
        </message>
        <message>
            <source>Philippines</source>
            <extracomment>country PH</extracomment>
            <translation>الفلبّين</translation>
        </message>
        <message>
            <source>Pitcairn</source>
            <extracomment>country PN</extracomment>
            <translation>جزر بيتكيرن</translation>
        </message>
        <message>
            <source>Poland</source>
            <extracomment>country PL</extracomment>
            <translation>بولندا</translation>
        </message>
        <message>
            <source>Portugal</source>
            <extracomment>country PT</extracomment>
            <translation>البرتغال</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>country PR</extracomment>
            <translation>بورتوريكو</translation>
        </message>
        <message>
            <source>Qatar</source>
            <extracomment>country QA</extracomment>
            <translation>قطر</translation>
        </message>
        <message>
            <source>Romania</source>
            <extracomment>country RO</extracomment>
            <translation>رومانيا</translation>
        </message>
        <message>
            <source>Russian Federation</source>
            <extracomment>country RU</extracomment>
            <translation>روسيا</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <extracomment>country RW</extracomment>
            <translation>رواندا</translation>
        </message>
        <message>
            <source>Réunion</source>
            <extracomment>country RE</extracomment>
            <translation>ريونيون</translation>
        </message>
        <message>
            <source>Saint Barthélemy</source>
            <extracomment>country BL</extracomment>
            <translation>سان بارتليمي</translation>
        </message>
        <message>
            <source>Saint Helena, Ascension and Tristan da Cunha</source>
            <extracomment>country SH</extracomment>
            <translation>سانت هيلينا وأسينشين وتريستان دا كونا</translation>
        </message>
        <message>
            <source>Saint Kitts and Nevis</source>
            <extracomment>country KN</extracomment>
            <translation>سانت كيتس و نيفس</translation>
        </message>
        <message>
            <source>Saint Lucia</source>
            <extracomment>country LC</extracomment>
            <translation>سانت لوسيا</translation>
        </message>
        <message>
            <source>Saint Martin (French part)</source>
            <extracomment>country MF</extracomment>
            <translation>سانت مارتين (القطاع الفرنسي)</translation>
        </message>
        <message>
            <source>Saint Pierre and Miquelon</source>
            <extracomment>country PM</extracomment>
            <translation>سانت بيير و ميكيلون</translation>
        </message>
        <message>
            <source>Saint Vincent and the Grenadines</source>
            <extracomment>country VC</extracomment>
            <translation>سانت فنسنت و جزر الغرينادين</translation>
        </message>
        <message>
            <source>Samoa</source>
            <extracomment>country WS</extracomment>
            <translation>صاموا</translation>
        </message>
        <message>
            <source>San Marino</source>
            <extracomment>country SM</extracomment>
            <translation>سان مارينو</translation>
        </message>
        <message>
            <source>Sao Tome and Principe</source>
            <extracomment>country ST</extracomment>
            <translation>ساو تومي و برنسبي</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <extracomment>country SA</extracomment>
            <translation>السّعوديّة</translation>
        </message>
        <message>
            <source>Senegal</source>
            <extracomment>country SN</extracomment>
            <translation>السّنغال</translation>
        </message>
        <message>
            <source>Serbia</source>
            <extracomment>country RS</extracomment>
            <translation>صربيا</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <extracomment>country SC</extracomment>
            <translation>السّيشل</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <extracomment>country SL</extracomment>
            <translation>سيراليون</translation>
        </message>
        <message>
            <source>Singapore</source>
            <extracomment>country SG</extracomment>
            <translation>سنغافورة</translation>
        </message>
        <message>
            <source>Sint Maarten (Dutch part)</source>
            <extracomment>country SX</extracomment>
            <translation>سانت مارتن (الجزء الهولندي)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <extracomment>country SK</extracomment>
            <translation>سلوفاكيا</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <extracomment>country SI</extracomment>
            <translation>سلوفينيا</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>country SB</extracomment>
            <translation>جزر سولومن</translation>
        </message>
        <message>
            <source>Somalia</source>
            <extracomment>country SO</extracomment>
            <translation>الصّومال</translation>
        </message>
        <message>
            <source>South Africa</source>
            <extracomment>country ZA</extracomment>
            <translation>جنوب إفريقيا</translation>
        </message>
        <message>
            <source>South Georgia and the South Sandwich Islands</source>
            <extracomment>country GS</extracomment>
            <translation>جورجيا الجنوبيّة و جزر ساندويتش الجنوبيّة</translation>
        </message>
        <message>
            <source>South Korea</source>
            <extracomment>country KR</extracomment>
            <translation>كوريا الجنوبية</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <extracomment>country SS</extracomment>
            <translation>جنوب السّودان</translation>
        </message>
        <message>
            <source>Spain</source>
            <extracomment>country ES</extracomment>
            <translation>إسبانيا</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <extracomment>country LK</extracomment>
            <translation>سريلانكا</translation>
        </message>
        <message>
            <source>Sudan</source>
            <extracomment>country SD</extracomment>
            <translation>السّودان</translation>
        </message>
        <message>
            <source>Suriname</source>
            <extracomment>country SR</extracomment>
            <translation>سورينام</translation>
        </message>
        <message>
            <source>Svalbard and Jan Mayen</source>
            <extracomment>country SJ</extracomment>
            <translation>سفالبارد و جان ماين</translation>
        </message>
        <message>
            <source>Sweden</source>
            <extracomment>country SE</extracomment>
            <translation>السّويد</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <extracomment>country CH</extracomment>
            <translation>سويسرا</translation>
        </message>
        <message>
            <source>Syria</source>
            <extracomment>country SY</extracomment>
            <translation>سوريا</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <extracomment>country TW</extracomment>
            <translation>تايوان</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <extracomment>country TJ</extracomment>
            <translation>طاجيكستان</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <extracomment>country TZ</extracomment>
            <translation>تنزانيا</translation>
        </message>
        <message>
            <source>Thailand</source>
            <extracomment>country TH</extracomment>
            <translation>تايلاند</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <extracomment>country TL</extracomment>
            <translation>تيمور-ليستي</translation>
        </message>
        <message>
            <source>Togo</source>
            <extracomment>country TG</extracomment>
            <translation>توغو</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <extracomment>country TK</extracomment>
            <translation>جزر توكيلو</translation>
        </message>
        <message>
            <source>Tonga</source>
            <extracomment>country TO</extracomment>
            <translation>تونغا</translation>
        </message>
        <message>
            <source>Trinidad and Tobago</source>
            <extracomment>country TT</extracomment>
            <translation>ترينيداد و توباغو</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <extracomment>country TN</extracomment>
            <translation>تونس</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <extracomment>country TM</extracomment>
            <translation>تركمانستان</translation>
        </message>
        <message>
            <source>Turks and Caicos Islands</source>
            <extracomment>country TC</extracomment>
            <translation>جزر التّرك و الكايكوس</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <extracomment>country TV</extracomment>
            <translation>توفالو</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <extracomment>country TR</extracomment>
            <translation>تركيا</translation>
        </message>
        <message>
            <source>Uganda</source>
            <extracomment>country UG</extracomment>
            <translation>أوغندا</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <extracomment>country UA</extracomment>
            <translation>أوكرانيا</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <extracomment>country AE</extracomment>
            <translation>الإمارات العربيّة المتحدّة</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <extracomment>country GB</extracomment>
            <translation>المملكة المتّحدة</translation>
        </message>
        <message>
            <source>United States</source>
            <extracomment>country US</extracomment>
            <translation>الولايات المتّحدة</translation>
        </message>
        <message>
            <source>United States Minor Outlying Islands</source>
            <extracomment>country UM</extracomment>
            <translation>جزر الولايات المتّحدة الصّغرى النّائية</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <extracomment>country UY</extracomment>
            <translation>الأوروغواي</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <extracomment>country UZ</extracomment>
            <translation>أوزبكستان</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <extracomment>country VU</extracomment>
            <translation>فانواتو</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <extracomment>country VE</extracomment>
            <translation>فنزويلّا</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <extracomment>country VN</extracomment>
            <translation>فيتنام</translation>
        </message>
        <message>
            <source>Virgin Islands, British</source>
            <extracomment>country VG</extracomment>
            <translation>جزر فيرجن البريطانية</translation>
        </message>
        <message>
            <source>Virgin Islands, U.S.</source>
            <extracomment>country VI</extracomment>
            <translation>جزر فيرجن الأمريكية</translation>
        </message>
        <message>
            <source>Wallis and Futuna</source>
            <extracomment>country WF</extracomment>
            <translation>واليس و فوتونا</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <extracomment>country EH</extracomment>
            <translation>الصّحراء الغربيّة</translation>
        </message>
        <message>
            <source>Yemen</source>
            <extracomment>country YE</extracomment>
            <translation>اليمن</translation>
        </message>
        <message>
            <source>Zambia</source>
            <extracomment>country ZM</extracomment>
            <translation>زامبيا</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <extracomment>country ZW</extracomment>
            <translation>زمبابوي</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <extracomment>country AX</extracomment>
            <translation>جزر آلاند</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>{number} month</source>
            <translation>{number} شهر</translation>
        </message>
        <message>
            <source>{number} months</source>
            <translation>عدد الأشهر: {number}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{filename}: {reason}</source>
            <translation>الملف {filename}: {reason}</translation>
        </message>
        <message>
            <source>the password given for this PDF is not correct. Try again, or attach a copy saved without a password.</source>
            <translation>كلمة المرور المُدخلة لملف PDF هذا غير صحيحة. حاول مرة أخرى، أو أرفق نسخة محفوظة بدون كلمة مرور.</translation>
        </message>
        <message>
            <source>this PDF is protected by a password. Enter its password, or open it and save or print it as a new PDF without a password, then attach that copy.</source>
            <translation>ملف PDF هذا محمي بكلمة مرور. أدخل كلمة المرور، أو افتحه واحفظه أو اطبعه كملف PDF جديد بدون كلمة مرور، ثم أرفق تلك النسخة.</translation>
        </message>
        <message>
            <source>These attachments cannot be turned into pages; nothing else in the case was changed:</source>
            <translation>لا يمكن تحويل هذه المرفقات إلى صفحات؛ لم يتغير أي شيء آخر في الحالة:</translation>
        </message>
        <message>
            <source>The fonts needed to make PDFs are missing from this installation (looked in {folder}). Reinstall Ombud Desktop.</source>
            <translation>الخطوط اللازمة لإنشاء ملفات PDF غير موجودة في هذا التثبيت (تم البحث في {folder}). أعد تثبيت Ombud Desktop.</translation>
        </message>
        <message>
            <source>the {kind} image is damaged or incomplete and cannot be read. Open it in an image viewer to check it, or take the photo or scan again.</source>
            <translation>صورة {kind} تالفة أو غير مكتملة ولا يمكن قراءتها. افتحها في عارض صور للتحقق منها، أو التقط الصورة أو امسحها ضوئيًا مرة أخرى.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely. Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>الصورة كبيرة جدًا بحيث لا يمكن وضعها على صفحة بأمان. احفظ نسخة أصغر (مثلاً 4000 بكسل على الجانب الأطول) وأرفقها.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely ({width} x {height} pixels). Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>الصورة كبيرة جدًا بحيث لا يمكن وضعها على صفحة بأمان ({width} x {height} بكسل). احفظ نسخة أصغر (مثلاً 4000 بكسل على الجانب الأطول) وأرفقها.</translation>
        </message>
        <message>
            <source>the file has more than {count} pages. Split it into smaller files.</source>
            <translation>يحتوي الملف على أكثر من {count} صفحة. قسّمه إلى ملفات أصغر.</translation>
        </message>
        <message>
            <source>the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or print it as a new PDF, or scan the paper again, then attach the new copy.</source>
            <translation>ملف PDF تالف وتعذّر إصلاحه. افتحه في عارض PDF واحفظه أو اطبعه كملف PDF جديد، أو امسح الورقة ضوئيًا مرة أخرى، ثم أرفق النسخة الجديدة.</translation>
        </message>
        <message>
            <source>the PDF has no pages. Attach a copy with content.</source>
            <translation>ملف PDF لا يحتوي على أي صفحات. أرفق نسخة فيها محتوى.</translation>
        </message>
        <message>
            <source>the PDF uses an encryption the app cannot open. Save it without a password in a PDF viewer, then attach that copy.</source>
            <translation>يستخدم ملف PDF تشفيرًا لا يستطيع التطبيق فتحه. احفظه بدون كلمة مرور في عارض PDF، ثم أرفق تلك النسخة.</translation>
        </message>
        <message>
            <source>The drawn signature is missing. Draw the signature again on the Consent page, or choose a typed or ink signature.</source>
            <translation>التوقيع المرسوم مفقود. ارسم التوقيع مرة أخرى في صفحة الموافقة، أو اختر توقيعًا مكتوبًا أو بالحبر.</translation>
        </message>
        <message>
            <source>The drawn signature could not be read. Draw it again on the Consent page.</source>
            <translation>تعذّرت قراءة التوقيع المرسوم. ارسمه مرة أخرى في صفحة الموافقة.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>مستند PDF</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>صورة JPEG</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>صورة PNG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>صورة GIF</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>صورة BMP</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>صورة TIFF</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>صورة WebP</translation>
        </message>
        <message>
            <source>a HEIC/HEIF photo</source>
            <translation>صورة HEIC/HEIF</translation>
        </message>
        <message>
            <source>an AVIF photo</source>
            <translation>صورة AVIF</translation>
        </message>
        <message>
            <source>a JPEG 2000 image</source>
            <translation>صورة JPEG 2000</translation>
        </message>
        <message>
            <source>a PBM/PGM/PPM image</source>
            <translation>صورة PBM/PGM/PPM</translation>
        </message>
        <message>
            <source>a Photoshop (PSD) image</source>
            <translation>صورة Photoshop (PSD)</translation>
        </message>
        <message>
            <source>a QOI image</source>
            <translation>صورة QOI</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>نص عادي</translation>
        </message>
        <message>
            <source>a ZIP archive or an office document (Word, Excel ...)</source>
            <translation>ملف ZIP مضغوط أو مستند مكتبي (Word وExcel ...)</translation>
        </message>
        <message>
            <source>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD or QOI</source>
            <translation>PDF أو JPEG أو PNG أو TIFF أو GIF أو BMP أو WebP أو HEIC أو AVIF أو JPEG 2000 أو PBM/PGM/PPM أو PSD أو QOI</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes). Choose the file again, or scan it again.</source>
            <translation>الملف فارغ (0 بايت). اختر الملف مرة أخرى، أو امسحه ضوئيًا مرة أخرى.</translation>
        </message>
        <message>
            <source>this file is not a file type the app reads. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>هذا الملف ليس من نوع يستطيع التطبيق قراءته. أرفق ملف {formats}: اطبع المستند أو احفظه كملف PDF أولاً.</translation>
        </message>
        <message>
            <source>this file contains {kind}. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>يحتوي هذا الملف على {kind}. أرفق ملف {formats}: اطبع المستند أو احفظه كملف PDF أولاً.</translation>
        </message>
        <message>
            <source>the name says {expected} but the file contains {actual}. Check that this is the right file, or rename it to end in the right extension.</source>
            <translation>يشير الاسم إلى {expected} لكن الملف يحتوي على {actual}. تحقق من أنه الملف الصحيح، أو أعد تسميته بالامتداد الصحيح.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>القرص ممتلئ</translation>
        </message>
        <message>
            <source>the folder is read-only or you may not write to it</source>
            <translation>المجلد للقراءة فقط أو ليس لديك إذن بالكتابة فيه</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the disk is full. Free some space, then save again.</source>
            <translation>تعذّر حفظ {name} في {folder}: القرص ممتلئ. أفرغ بعض المساحة، ثم احفظ مرة أخرى.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the folder is read-only or you may not write to it. Choose a folder you can write to (--data-dir), then save again.</source>
            <translation>تعذّر حفظ {name} في {folder}: المجلد للقراءة فقط أو ليس لديك إذن بالكتابة فيه. اختر مجلدًا يمكنك الكتابة فيه (--data-dir)، ثم احفظ مرة أخرى.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: {reason}. Check the disk, then save again.</source>
            <translation>تعذّر حفظ {name} في {folder}: {reason}. افحص القرص، ثم احفظ مرة أخرى.</translation>
        </message>
        <message>
            <source>Case {case_id} cannot be opened. {problem} Every other case opens as usual. If it cannot be repaired, delete it (select it and choose Delete, or run `ombud-desktop case delete {case_id} --yes`).</source>
            <translation>لا يمكن فتح الحالة {case_id}. {problem} كل الحالات الأخرى تُفتح كالمعتاد. إذا تعذّر إصلاحها فاحذفها (حددها واختر حذف، أو شغّل ‎`ombud-desktop case delete {case_id} --yes`‎).</translation>
        </message>
        <message>
            <source>Case {case_id} already exists; nothing was overwritten.</source>
            <translation>الحالة {case_id} موجودة بالفعل؛ لم تتم الكتابة فوق أي شيء.</translation>
        </message>
        <message>
            <source>There is no case {case_id} in {folder}.</source>
            <translation>لا توجد حالة {case_id} في {folder}.</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>تعذّرت قراءة {path}: {reason}.</translation>
        </message>
        <message>
            <source>Case {case_id} has no attachment {attachment_id}.</source>
            <translation>لا يوجد في الحالة {case_id} مرفق {attachment_id}.</translation>
        </message>
        <message>
            <source>The file {path} is damaged or was changed outside Ombud Desktop ({detail}).</source>
            <translation>الملف {path} تالف أو تم تغييره خارج Ombud Desktop ({detail}).</translation>
        </message>
        <message>
            <source>A hand-off file needs a passphrase to protect it.</source>
            <translation>يحتاج ملف التسليم إلى عبارة مرور لحمايته.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name (nothing was changed).</source>
            <translation>{path} موجود بالفعل؛ اختر اسم ملف آخر (لم يتغير أي شيء).</translation>
        </message>
        <message>
            <source>Cancelled. No hand-off file was written.</source>
            <translation>أُلغي. لم يُكتب أي ملف تسليم.</translation>
        </message>
        <message>
            <source>The hand-off file {name} asks for far more memory or time to open than Ombud Desktop ever uses, so it was not opened: it was not made by this app, or it was changed. Ask the sender to make it again.</source>
            <translation>يطلب ملف التسليم {name} ذاكرة أو وقتًا لفتحه أكثر بكثير مما يستخدمه Ombud Desktop في أي وقت، لذلك لم يُفتح: لم ينشئه هذا التطبيق، أو جرى تغييره. اطلب من المرسل أن ينشئه من جديد.</translation>
        </message>
        <message>
            <source>That passphrase does not open the hand-off file {name}. Ask the person who made it for the passphrase they chose.</source>
            <translation>عبارة المرور هذه لا تفتح ملف التسليم {name}. اطلب من الشخص الذي أنشأه عبارة المرور التي اختارها.</translation>
        </message>
        <message>
            <source>The hand-off file {name} holds a case this app cannot use ({problem}). Nothing was imported. Ask the person who sent it to make the hand-off file again with Ombud Desktop.</source>
            <translation>يحتوي ملف التسليم {name} على حالة لا يستطيع هذا التطبيق استخدامها ({problem}). لم يُستورد أي شيء. اطلب من الشخص الذي أرسله أن ينشئ ملف التسليم من جديد باستخدام Ombud Desktop.</translation>
        </message>
        <message>
            <source>Case {case_id} is already in this vault. Nothing was changed. Import it as a new case (--new-id) or replace the one here (--replace).</source>
            <translation>الحالة {case_id} موجودة بالفعل في هذه الخزنة. لم يتغير أي شيء. استوردها كحالة جديدة (--new-id) أو استبدل الموجودة هنا (--replace).</translation>
        </message>
        <message>
            <source>No secure system keyring is available here. Protect the vault with a passphrase instead.</source>
            <translation>لا تتوفر هنا سلسلة مفاتيح نظام آمنة. احمِ الخزنة بعبارة مرور بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>The system keyring refused to store the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>رفضت سلسلة مفاتيح النظام حفظ مفتاح الخزنة ({problem}). افتح قفل سلسلة المفاتيح (سجّل الدخول إلى جلسة سطح المكتب) وحاول مرة أخرى، أو استخدم عبارة مرور الخزنة أو مفتاح الاسترداد بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>The vault key is kept in the system keyring, but no secure keyring is available now (for example, no desktop session). Unlock with the vault passphrase or recovery key instead.</source>
            <translation>مفتاح الخزنة محفوظ في سلسلة مفاتيح النظام، لكن لا تتوفر الآن سلسلة مفاتيح آمنة (مثلاً لا توجد جلسة سطح مكتب). افتح القفل بعبارة مرور الخزنة أو مفتاح الاسترداد بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>The system keyring refused to give the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>رفضت سلسلة مفاتيح النظام إعطاء مفتاح الخزنة ({problem}). افتح قفل سلسلة المفاتيح (سجّل الدخول إلى جلسة سطح المكتب) وحاول مرة أخرى، أو استخدم عبارة مرور الخزنة أو مفتاح الاسترداد بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>The system keyring does not hold this vault's key (it may be another user's keyring or a new computer). Unlock with the vault passphrase or recovery key.</source>
            <translation>لا تحتوي سلسلة مفاتيح النظام على مفتاح هذه الخزنة (قد تكون سلسلة مفاتيح مستخدم آخر أو حاسوبًا جديدًا). افتح القفل بعبارة مرور الخزنة أو مفتاح الاسترداد.</translation>
        </message>
        <message>
            <source>The vault key in the system keyring is damaged. Unlock with the vault passphrase or recovery key.</source>
            <translation>مفتاح الخزنة في سلسلة مفاتيح النظام تالف. افتح القفل بعبارة مرور الخزنة أو مفتاح الاسترداد.</translation>
        </message>
        <message>
            <source>This vault is not kept in the system keyring; unlock it with its passphrase.</source>
            <translation>هذه الخزنة غير محفوظة في سلسلة مفاتيح النظام؛ افتح قفلها بعبارة المرور الخاصة بها.</translation>
        </message>
        <message>
            <source>The key in the system keyring does not open this vault (or its key file {path} is damaged). Unlock with the passphrase or recovery key.</source>
            <translation>المفتاح الموجود في سلسلة مفاتيح النظام لا يفتح هذه الخزنة (أو أن ملف مفتاحها {path} تالف). افتح القفل بعبارة المرور أو مفتاح الاسترداد.</translation>
        </message>
        <message>
            <source>This vault has no passphrase; it is unlocked through the system keyring.</source>
            <translation>هذه الخزنة ليس لها عبارة مرور؛ يُفتح قفلها عن طريق سلسلة مفاتيح النظام.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check it (Caps Lock, keyboard layout) and try again. If you are sure it is right, the key file {path} may be damaged: use your recovery key.</source>
            <translation>عبارة المرور هذه لا تفتح هذه الخزنة. تحقق منها (مفتاح الأحرف الكبيرة، تخطيط لوحة المفاتيح) وحاول مرة أخرى. إذا كنت متأكدًا من صحتها، فقد يكون ملف المفتاح {path} تالفًا: استخدم مفتاح الاسترداد.</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault. Check each group of four characters and try again.</source>
            <translation>مفتاح الاسترداد هذا لا يفتح هذه الخزنة. تحقق من كل مجموعة من أربعة أحرف وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The file {path} is missing.</source>
            <translation>الملف {path} مفقود.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: there is no backup copy. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} لا يمكن استعادته تلقائيًا: لا توجد نسخة احتياطية. لم يُمَس الملف؛ احتفظ به واطلب المساعدة من جهة الدعم لديك.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: its backup copy is damaged too. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} لا يمكن استعادته تلقائيًا: نسخته الاحتياطية تالفة أيضًا. لم يُمَس الملف؛ احتفظ به واطلب المساعدة من جهة الدعم لديك.</translation>
        </message>
        <message>
            <source>{path} was changed on disk (by another window or program) after it was opened here, so it was not overwritten. Your changes are still on screen: reopen the case to see the other version, or save yours as a copy.</source>
            <translation>تم تغيير {path} على القرص (بواسطة نافذة أو برنامج آخر) بعد فتحه هنا، لذلك لم تتم الكتابة فوقه. تغييراتك لا تزال على الشاشة: أعد فتح الحالة لرؤية النسخة الأخرى، أو احفظ نسختك كنسخة منفصلة.</translation>
        </message>
        <message>
            <source>{path} was removed after it was opened here; it was not recreated silently.</source>
            <translation>تمت إزالة {path} بعد فتحه هنا؛ لم تتم إعادة إنشائه دون إشعار.</translation>
        </message>
        <message>
            <source>The vault in {folder} is in use by {holder}. Close Ombud Desktop there (or wait for that command to finish) and try again.</source>
            <translation>الخزنة في {folder} قيد الاستخدام من قِبل {holder}. أغلق Ombud Desktop هناك (أو انتظر حتى ينتهي ذلك الأمر) وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Opened read-only: the vault is in use by {holder}. Changes cannot be saved until it is closed.</source>
            <translation>فُتحت للقراءة فقط: الخزنة قيد الاستخدام من قِبل {holder}. لا يمكن حفظ التغييرات حتى تُغلق.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>لا يمكن الكتابة في مجلد البيانات {folder}: {reason}. اختر مجلدًا آخر باستخدام --data-dir (أو OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>Opened read-only. The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>فُتحت للقراءة فقط. لا يمكن الكتابة في مجلد البيانات {folder}: {reason}. اختر مجلدًا آخر باستخدام --data-dir (أو OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>The vault was opened read-only; changes cannot be saved.</source>
            <translation>فُتحت الخزنة للقراءة فقط؛ لا يمكن حفظ التغييرات.</translation>
        </message>
        <message>
            <source>There is no vault in {folder} yet. Create one with `ombud-desktop vault init` (or open the app).</source>
            <translation>لا توجد خزنة في {folder} بعد. أنشئ واحدة باستخدام `ombud-desktop vault init` (أو افتح التطبيق).</translation>
        </message>
        <message>
            <source>A vault already exists in {folder}; it was left as is.</source>
            <translation>توجد خزنة بالفعل في {folder}؛ تُركت كما هي.</translation>
        </message>
        <message>
            <source>No secure system keyring is available here: choose a passphrase to protect the vault.</source>
            <translation>لا تتوفر هنا سلسلة مفاتيح نظام آمنة: اختر عبارة مرور لحماية الخزنة.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>الخزنة مقفلة. افتح قفلها أولاً.</translation>
        </message>
        <message>
            <source>Enter the vault passphrase to make a new recovery key: the vault key changes, and the passphrase must be attached to the new one.</source>
            <translation>أدخل عبارة مرور الخزنة لإنشاء مفتاح استرداد جديد: مفتاح الخزنة يتغير، ويجب ربط عبارة المرور بالمفتاح الجديد.</translation>
        </message>
        <message>
            <source>The retention period must be between 1 and {most} days.</source>
            <translation>يجب أن تكون مدة الاحتفاظ بين 1 و{most} يومًا.</translation>
        </message>
        <message>
            <source>{case_id} is not a case id (see `case list`).</source>
            <translation>{case_id} ليس معرّف حالة (انظر `case list`).</translation>
        </message>
        <message>
            <source>There is not enough free space in {folder} to save the export. Nothing was saved. Free some space or choose another folder (for example a USB stick), then export again.</source>
            <translation>لا توجد مساحة فارغة كافية في {folder} لحفظ التصدير. لم يُحفظ أي شيء. أفرغ بعض المساحة أو اختر مجلدًا آخر (مثلاً ذاكرة USB)، ثم صدّر مرة أخرى.</translation>
        </message>
        <message>
            <source>The app may not write in {folder}. Nothing was saved. Choose another folder, then export again.</source>
            <translation>لا يُسمح للتطبيق بالكتابة في {folder}. لم يُحفظ أي شيء. اختر مجلدًا آخر، ثم صدّر مرة أخرى.</translation>
        </message>
        <message>
            <source>The export could not be saved in {folder} ({reason}). Nothing was saved. Choose another folder, then export again.</source>
            <translation>تعذّر حفظ التصدير في {folder} ({reason}). لم يُحفظ أي شيء. اختر مجلدًا آخر، ثم صدّر مرة أخرى.</translation>
        </message>
        <message>
            <source>The computer ran out of memory making the package. Close other programs, or leave out very large documents, then try again.</source>
            <translation>نفدت ذاكرة الحاسوب أثناء إعداد الحزمة. أغلق البرامج الأخرى، أو استبعد المستندات الكبيرة جدًا، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Something went wrong while making the package ({kind}). Nothing was saved and your case is unchanged. Try again; if it happens again, choose another way to send.</source>
            <translation>حدث خطأ أثناء إعداد الحزمة ({kind}). لم يُحفظ أي شيء ولم تتغير حالتك. حاول مرة أخرى؛ وإذا تكرر ذلك، اختر طريقة إرسال أخرى.</translation>
        </message>
        <message>
            <source>The list of the Ombudsman's addresses ({path}) could not be read ({reason}). Reinstall the app.</source>
            <translation>تعذّرت قراءة قائمة عناوين أمين المظالم ({path}) ({reason}). أعد تثبيت التطبيق.</translation>
        </message>
        <message>
            <source>These documents are listed, but their files were never added to the app: {names}. Attach the files (or remove them from the list), then export again.</source>
            <translation>هذه المستندات مدرجة في القائمة، لكن ملفاتها لم تُضف إلى التطبيق أبدًا: {names}. أرفق الملفات (أو احذفها من القائمة)، ثم صدّر مرة أخرى.</translation>
        </message>
        <message>
            <source>{path} is not an export of this case (its manifest.json does not say so); nothing was deleted.</source>
            <translation>{path} ليس تصديرًا لهذه الحالة (ملف manifest.json الخاص به لا يذكر ذلك)؛ لم يُحذف أي شيء.</translation>
        </message>
        <message>
            <source>{path} could not be deleted ({reason}). Close any program using it and try again, or delete it yourself.</source>
            <translation>تعذّر حذف {path} ({reason}). أغلق أي برنامج يستخدمه وحاول مرة أخرى، أو احذفه بنفسك.</translation>
        </message>
        <message>
            <source>the export process stopped</source>
            <translation>توقفت عملية التصدير</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was added.</source>
            <translation>تم الإلغاء. لم تتم إضافة أي شيء.</translation>
        </message>
        <message>
            <source>it is too short or too simple.</source>
            <translation>إنها قصيرة جدًا أو بسيطة جدًا.</translation>
        </message>
        <message>
            <source>it is one of the passwords people use most.</source>
            <translation>إنها من كلمات المرور الأكثر استخدامًا.</translation>
        </message>
        <message>
            <source>it is made of a few common words or names.</source>
            <translation>تتكون من بضع كلمات أو أسماء شائعة.</translation>
        </message>
        <message>
            <source>it repeats the same letters or words.</source>
            <translation>تكرر الحروف أو الكلمات نفسها.</translation>
        </message>
        <message>
            <source>it follows a sequence or a keyboard row (abc, 123, qwerty).</source>
            <translation>تتبع تسلسلًا أو صفًا من لوحة المفاتيح (abc و123 وqwerty).</translation>
        </message>
        <message>
            <source>it is built around a date or a year.</source>
            <translation>مبنية على تاريخ أو سنة.</translation>
        </message>
        <message>
            <source>it contains a name or number from the case.</source>
            <translation>تحتوي على اسم أو رقم من الحالة.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: {reason} Use five or more words that do not belong together, for example: {suggestion}</source>
            <translation>عبارة المرور هذه سهلة التخمين جدًا: {reason} استخدم خمس كلمات أو أكثر لا علاقة بينها، مثلًا: {suggestion}</translation>
        </message>
        <message>
            <source>This request must be signed by hand in ink (T, U, VAWA, asylum and refugee cases), and its signed page has not been added. Print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page', or on the command line: ombud-desktop case attach ID FILE --category signed_form. Then export again, or send it by mail and sign the printed form. Nothing was saved.</source>
            <translation>يجب توقيع هذا الطلب بخط اليد بالحبر (قضايا T وU وVAWA واللجوء واللاجئين)، ولم تُضف صفحته الموقّعة بعد. اطبع الصفحة المطلوب توقيعها، ووقّعها وأرّخها بالحبر، ثم أضف الصفحة الموقّعة (مسحًا ضوئيًا أو صورة بالهاتف) عبر 'إضافة الصفحة الموقّعة'، أو من سطر الأوامر: ombud-desktop case attach ID FILE --category signed_form. ثم صدّر من جديد، أو أرسله بالبريد ووقّع النموذج المطبوع. لم يُحفظ أي شيء.</translation>
        </message>
        <message>
            <source>The file {path} is an older copy of case {case_id} (version {found}; this vault last saved version {latest}): it was put there from outside Ombud Desktop, so it was not used.</source>
            <translation>الملف {path} نسخة أقدم من الحالة {case_id} (الإصدار {found}؛ وآخر إصدار حفظته هذه الخزنة هو {latest}): وُضع هناك من خارج Ombud Desktop، لذلك لم يُستخدم.</translation>
        </message>
        <message>
            <source>{problem} No newer copy is left in the data folder. If you put this copy back yourself from a backup, open it and choose “Use this older copy” (or run `ombud-desktop case accept-older {case_id}`); otherwise delete the case or ask your support contact.</source>
            <translation>{problem} لم تبقَ أي نسخة أحدث في مجلد البيانات. إذا كنت أنت من أعاد هذه النسخة من نسخة احتياطية، فافتحها واختر "استخدام هذه النسخة الأقدم" (أو شغّل ‎`ombud-desktop case accept-older {case_id}`‎)؛ وإلا فاحذف الحالة أو اسأل جهة الدعم لديك.</translation>
        </message>
    </context>
    <context>
        <name>export_steps</name>
        <message>
            <source>Making the fax cover sheet</source>
            <translation>جارٍ إعداد صفحة غلاف الفاكس</translation>
        </message>
        <message>
            <source>Putting the form and documents together</source>
            <translation>جارٍ جمع النموذج والمستندات</translation>
        </message>
        <message>
            <source>Making the pages grayscale for the fax</source>
            <translation>جارٍ تحويل الصفحات إلى الرمادي للفاكس</translation>
        </message>
        <message>
            <source>Making the fax TIFF file</source>
            <translation>جارٍ إنشاء ملف TIFF للفاكس</translation>
        </message>
        <message>
            <source>Stamping the name and page number on each page</source>
            <translation>جارٍ ختم الاسم ورقم الصفحة على كل صفحة</translation>
        </message>
        <message>
            <source>Making the form PDF</source>
            <translation>جارٍ إعداد ملف PDF للنموذج</translation>
        </message>
        <message>
            <source>Turning the documents into pages</source>
            <translation>جارٍ تحويل المستندات إلى صفحات</translation>
        </message>
        <message>
            <source>Writing the cover letter</source>
            <translation>جارٍ كتابة الرسالة المرافقة</translation>
        </message>
        <message>
            <source>Making the checklist and the address page</source>
            <translation>جارٍ إعداد قائمة التحقق وصفحة العنوان</translation>
        </message>
        <message>
            <source>Writing README.txt and the checksums</source>
            <translation>جارٍ كتابة README.txt ومجاميع التحقق</translation>
        </message>
        <message>
            <source>Making the email message</source>
            <translation>جارٍ إعداد رسالة البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Saving the email and its attachments</source>
            <translation>جارٍ حفظ البريد الإلكتروني ومرفقاته</translation>
        </message>
        <message>
            <source>Saving the fax</source>
            <translation>جارٍ حفظ الفاكس</translation>
        </message>
        <message>
            <source>Saving the print packet</source>
            <translation>جارٍ حفظ حزمة الطباعة</translation>
        </message>
        <message>
            <source>Reading the case</source>
            <translation>جارٍ قراءة القضية</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>An A-Number is the letter A and 7 to 9 digits, like A123-456-789.</source>
            <extracomment>finding code a_number.format</extracomment>
            <translation>رقم A-Number هو الحرف A يليه من 7 إلى 9 أرقام، مثل A123-456-789.</translation>
        </message>
        <message>
            <source>Give the date of this contact with USCIS. It shows whether USCIS has had time to fix the problem.</source>
            <extracomment>finding code actions_taken.date_missing</extracomment>
            <translation>اكتب تاريخ هذا التواصل مع USCIS. فهو يبيّن هل كان لدى USCIS وقت كافٍ لحل المشكلة.</translation>
        </message>
        <message>
            <source>{value} is not one of the choices here. Pick one from the list.</source>
            <extracomment>finding code choice.unknown</extracomment>
            <translation>{value} ليس من الخيارات المتاحة هنا. اختر واحدًا من القائمة.</translation>
        </message>
        <message>
            <source>When you help someone else, they must agree to and sign the consent on this form, or you must attach their signed consent (document type: Signed consent).</source>
            <extracomment>finding code consent.helper_required</extracomment>
            <translation>إذا كنت تساعد شخصًا آخر، فيجب عليه أن يوافق على الموافقة الواردة في هذا النموذج ويوقّعها، أو يجب أن ترفق موافقته الموقّعة (نوع المستند: موافقة موقّعة).</translation>
        </message>
        <message>
            <source>The person with the case must agree to the consent. Without it the Ombudsman cannot work on the case.</source>
            <extracomment>finding code consent.not_agreed</extracomment>
            <translation>يجب أن يوافق صاحب القضية على الموافقة. ومن دونها لا يستطيع أمين المظالم العمل على القضية.</translation>
        </message>
        <message>
            <source>Say who filled in or read this form to the person, and in which language.</source>
            <extracomment>finding code consent.preparer_statement_missing</extracomment>
            <translation>اذكر من ملأ هذا النموذج أو قرأه على الشخص، وبأي لغة.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax, print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page'. By mail, sign the printed form itself.</source>
            <extracomment>finding code consent.signed_form_missing</extracomment>
            <translation>يُوقَّع هذا النموذج بخط اليد بالحبر. لإرساله بالبريد الإلكتروني أو الفاكس، اطبع الصفحة المطلوب توقيعها، ووقّعها وأرّخها بالحبر، ثم أضف الصفحة الموقّعة (مسحًا ضوئيًا أو صورة بالهاتف) عبر 'إضافة الصفحة الموقّعة'. وبالبريد، وقّع النموذج المطبوع نفسه.</translation>
        </message>
        <message>
            <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose 'Print, sign in ink, and scan'.</source>
            <extracomment>finding code consent.wet_ink_required</extracomment>
            <translation>في قضايا T وU وVAWA واللجوء واللاجئين يجب توقيع الموافقة باليد وبالحبر. اختر «اطبع ووقّع بالحبر ثم امسح ضوئيًا».</translation>
        </message>
        <message>
            <source>Contact USCIS first: call 1-800-375-5283 or send an e-Request. The Ombudsman expects you to have tried USCIS in the last 90 days.</source>
            <extracomment>finding code contact.none</extracomment>
            <translation>تواصل مع USCIS أولًا: اتصل بالرقم 1-800-375-5283 أو أرسل طلبًا إلكترونيًا (e-Request). يتوقع أمين المظالم أنك حاولت التواصل مع USCIS خلال آخر 90 يومًا.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was {days} days ago. The Ombudsman expects a contact in the last 90 days: contact USCIS again first.</source>
            <extracomment>finding code contact.too_old</extracomment>
            <translation>كان آخر تواصل لك مع USCIS قبل {days} يومًا. يتوقع أمين المظالم تواصلًا خلال آخر 90 يومًا: تواصل مع USCIS مرة أخرى أولًا.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was only {days} days ago. The Ombudsman asks you to give USCIS at least 60 days to fix the problem (until {wait_until}).</source>
            <extracomment>finding code contact.too_recent</extracomment>
            <translation>كان آخر تواصل لك مع USCIS قبل {days} يومًا فقط. يطلب أمين المظالم أن تمنح USCIS مدة 60 يومًا على الأقل لحل المشكلة (حتى {wait_until}).</translation>
        </message>
        <message>
            <source>{value} is not a country we know. It is kept as you typed it; check the spelling or pick a country from the list.</source>
            <extracomment>finding code country.unknown</extracomment>
            <translation>{value} ليس بلدًا نعرفه. حُفظ كما كتبته؛ تحقّق من الكتابة أو اختر بلدًا من القائمة.</translation>
        </message>
        <message>
            <source>Enter a real date as mm/dd/yyyy, like 03/14/2026.</source>
            <extracomment>finding code date.format</extracomment>
            <translation>أدخل تاريخًا صحيحًا بصيغة شهر/يوم/سنة (mm/dd/yyyy)، مثل 03/14/2026.</translation>
        </message>
        <message>
            <source>This date ({date}) is after today. Check it.</source>
            <extracomment>finding code date.future</extracomment>
            <translation>هذا التاريخ ({date}) بعد اليوم. تحقّق منه.</translation>
        </message>
        <message>
            <source>The file of "{title}" was never added. Add the file on the documents step, or remove the document from the list.</source>
            <extracomment>finding code documents.file_missing</extracomment>
            <translation>لم يُضف ملف "{title}" قط. أضف الملف في خطوة المستندات، أو احذف المستند من القائمة.</translation>
        </message>
        <message>
            <source>"{title}" is {size} MB, more than one email of {limit} MB can carry: an email export leaves it out, and says so, for you to send it by fax or mail. Or scan it again with fewer pages or at a lower resolution.</source>
            <extracomment>finding code documents.too_big_for_email</extracomment>
            <translation>حجم "{title}" {size} ميغابايت، أكبر مما تحمله رسالة بريد إلكتروني واحدة بحجم {limit} ميغابايت: يستبعده التصدير بالبريد الإلكتروني ويذكر ذلك، لترسله بالفاكس أو بالبريد. أو امسحه ضوئيًا من جديد بعدد صفحات أقل أو بدقة أقل.</translation>
        </message>
        <message>
            <source>This does not look like an email address. It should look like name@example.org.</source>
            <extracomment>finding code email.format</extracomment>
            <translation>لا يبدو هذا عنوان بريد إلكتروني. يجب أن يكون مثل name@example.org.</translation>
        </message>
        <message>
            <source>Give the receipt number, or say why there is none.</source>
            <extracomment>finding code filing.no_receipt_reason</extracomment>
            <translation>اكتب رقم الإيصال، أو اذكر سبب عدم وجوده.</translation>
        </message>
        <message>
            <source>List at least one application or petition you filed with USCIS.</source>
            <extracomment>finding code filings.none</extracomment>
            <translation>اذكر طلبًا أو عريضة واحدة على الأقل قدّمتها إلى USCIS.</translation>
        </message>
        <message>
            <source>{value} does not look like a USCIS form number such as I-130 or N-400. Check the top of the form you filed.</source>
            <extracomment>finding code form_number.format</extracomment>
            <translation>{value} لا يشبه رقم نموذج من نماذج USCIS مثل I-130 أو N-400. انظر أعلى النموذج الذي قدّمته.</translation>
        </message>
        <message>
            <source>An attorney or accredited representative must attach a copy of the Form G-28 that is on file with USCIS (document type: Form G-28).</source>
            <extracomment>finding code g28.missing</extracomment>
            <translation>يجب على المحامي أو الممثل المعتمد إرفاق نسخة من النموذج G-28 المحفوظ لدى USCIS (نوع المستند: النموذج G-28).</translation>
        </message>
        <message>
            <source>Enter a number of 0 or more, like 14.</source>
            <extracomment>finding code number.format</extracomment>
            <translation>أدخل رقمًا يساوي 0 أو أكثر، مثل 14.</translation>
        </message>
        <message>
            <source>Enter the phone number with its area code, like 202-555-0142, or start with + and the country code for a number outside the U.S.</source>
            <extracomment>finding code phone.format</extracomment>
            <translation>أدخل رقم الهاتف مع رمز المنطقة، مثل 202-555-0142، أو ابدأ بـ + ورمز البلد إذا كان الرقم خارج الولايات المتحدة.</translation>
        </message>
        <message>
            <source>A U.S. ZIP code is 5 digits, or 5 + 4 digits, like 20528 or 20528-0180.</source>
            <extracomment>finding code postal_code.us_zip</extracomment>
            <translation>الرمز البريدي الأمريكي (ZIP) خمسة أرقام، أو خمسة أرقام + أربعة، مثل 20528 أو 20528-0180.</translation>
        </message>
        <message>
            <source>By these dates the case has waited {months_pending} months, not longer than the posted {posted_months} months. The Ombudsman usually helps only after that time has passed.</source>
            <extracomment>finding code processing.not_past</extracomment>
            <translation>بحسب هذه التواريخ انتظرت القضية {months_pending} شهرًا، وهذا لا يزيد على المدة المنشورة وهي {posted_months} شهرًا. عادةً لا يساعد أمين المظالم إلا بعد انقضاء تلك المدة.</translation>
        </message>
        <message>
            <source>Give USCIS's posted processing time in months, so we can show how long past it your case is.</source>
            <extracomment>finding code processing.posted_time_missing</extracomment>
            <translation>اكتب مدة المعالجة التي نشرتها USCIS بالأشهر، حتى نبيّن كم تجاوزتها قضيتك.</translation>
        </message>
        <message>
            <source>Add the receipt date of your application, so we can count how long it has waited.</source>
            <extracomment>finding code processing.receipt_date_missing</extracomment>
            <translation>أضف تاريخ استلام طلبك، حتى نحسب كم انتظر.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months.</source>
            <extracomment>finding code processing.summary</extracomment>
            <translation>استُلم أقدم طلب في {receipt_date} وانتظر {months_pending} شهرًا.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months: {months_past} months past the posted processing time of {posted_months} months, which ended on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_past</extracomment>
            <translation>استُلم أقدم طلب في {receipt_date} وانتظر {months_pending} شهرًا: أي {months_past} شهرًا بعد مدة المعالجة المنشورة وهي {posted_months} شهرًا، والتي انتهت في {posted_time_ends}.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months. The posted processing time of {posted_months} months ends on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_within</extracomment>
            <translation>استُلم أقدم طلب في {receipt_date} وانتظر {months_pending} شهرًا. تنتهي مدة المعالجة المنشورة وهي {posted_months} شهرًا في {posted_time_ends}.</translation>
        </message>
        <message>
            <source>You chose emergency or hardship: describe it, so the Ombudsman can see why it is urgent.</source>
            <extracomment>finding code reasons.hardship_description_missing</extracomment>
            <translation>اخترت حالة طارئة أو ضائقة: صِفها، حتى يرى أمين المظالم سبب الاستعجال.</translation>
        </message>
        <message>
            <source>This receipt number is listed twice. Remove one of them.</source>
            <extracomment>finding code receipt_number.duplicate</extracomment>
            <translation>رقم الإيصال هذا مذكور مرتين. احذف أحدهما.</translation>
        </message>
        <message>
            <source>A receipt number is 3 letters and 10 digits, like IOE0912345678. Check it against your receipt notice.</source>
            <extracomment>finding code receipt_number.format</extracomment>
            <translation>رقم الإيصال ثلاثة أحرف وعشرة أرقام، مثل IOE0912345678. قارنه بإشعار الاستلام الذي لديك.</translation>
        </message>
        <message>
            <source>{prefix} is not a receipt-number start we know. Check the letters on your receipt notice; if they match, keep it.</source>
            <extracomment>finding code receipt_number.unknown_prefix</extracomment>
            <translation>{prefix} ليست بداية رقم إيصال نعرفها. تحقّق من الحروف في إشعار الاستلام؛ فإن كانت مطابقة فأبقِه كما هو.</translation>
        </message>
        <message>
            <source>Worth answering if you can: {label}</source>
            <extracomment>finding code recommended</extracomment>
            <translation>يحسن أن تجيب عن هذا إن استطعت: {label}</translation>
        </message>
        <message>
            <source>This needs an answer: {label}</source>
            <extracomment>finding code required</extracomment>
            <translation>هذا يحتاج إلى إجابة: {label}</translation>
        </message>
        <message>
            <source>Where to go instead: a nonprofit immigration legal service (free or low-cost ones are listed by ImmigrationLawHelp.org); the Justice Department's list of recognized organizations and accredited representatives (EOIR); or your state bar association's lawyer referral service.</source>
            <extracomment>finding code screening.where_to_go</extracomment>
            <translation>إلى أين تذهب بدلًا من ذلك: خدمة قانونية للهجرة غير ربحية (يُدرج موقع ImmigrationLawHelp.org الخدمات المجانية أو منخفضة التكلفة)؛ أو قائمة وزارة العدل للمنظمات المعترف بها والممثلين المعتمدين (EOIR)؛ أو خدمة إحالة المحامين في نقابة المحامين بولايتك.</translation>
        </message>
        <message>
            <source>This answer holds invisible control characters ({chars}), often copied along with pasted text. Delete the answer and type it again.</source>
            <extracomment>finding code text.control_characters</extracomment>
            <translation>تحتوي هذه الإجابة على أحرف تحكم غير مرئية ({chars})، وغالبًا ما تُنسخ مع النص الملصق. احذف الإجابة واكتبها من جديد.</translation>
        </message>
        <message>
            <source>This answer should be a list of choices.</source>
            <extracomment>finding code type.wrong.array</extracomment>
            <translation>يجب أن تكون هذه الإجابة قائمة خيارات.</translation>
        </message>
        <message>
            <source>This answer should be yes or no (true or false).</source>
            <extracomment>finding code type.wrong.boolean</extracomment>
            <translation>يجب أن تكون هذه الإجابة نعم أو لا (true أو false).</translation>
        </message>
        <message>
            <source>This should be a group of answers ({{ ... }}), not a single value.</source>
            <extracomment>finding code type.wrong.group</extracomment>
            <translation>يجب أن يكون هذا مجموعة إجابات ({{ ... }})، لا قيمة واحدة.</translation>
        </message>
        <message>
            <source>This should be a list of items ([ ... ]).</source>
            <extracomment>finding code type.wrong.list</extracomment>
            <translation>يجب أن يكون هذا قائمة عناصر ([ ... ]).</translation>
        </message>
        <message>
            <source>This answer should be a number.</source>
            <extracomment>finding code type.wrong.number</extracomment>
            <translation>يجب أن تكون هذه الإجابة رقمًا.</translation>
        </message>
        <message>
            <source>This answer should be text.</source>
            <extracomment>finding code type.wrong.string</extracomment>
            <translation>يجب أن تكون هذه الإجابة نصًا.</translation>
        </message>
        <message>
            <source>Ombud Desktop does not know the answer "{field}". It is kept, but it is not printed on the form. Check the spelling of its name.</source>
            <extracomment>finding code unknown_field</extracomment>
            <translation>لا يعرف Ombud Desktop الإجابة «{field}». ستُحفظ، لكنها لن تُطبع في النموذج. تحقّق من كتابة اسمها.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot change a USCIS decision you disagree with. It can help when USCIS made a mistake or a delay. To challenge a decision, ask a lawyer about an appeal.</source>
            <extracomment>finding code screening.blocker.disagrees_no_error</extracomment>
            <translation>لا يستطيع أمين المظالم تغيير قرار من USCIS لا توافق عليه. ويمكنه المساعدة إذا أخطأت USCIS أو تأخرت. للطعن في قرار، اسأل محاميًا عن الاستئناف.</translation>
        </message>
        <message>
            <source>The Ombudsman only helps with problems with USCIS. Other agencies, like the State Department or the immigration courts, are not part of its work.</source>
            <extracomment>finding code screening.blocker.not_uscis</extracomment>
            <translation>يساعد أمين المظالم في المشكلات مع USCIS فقط. أما الجهات الأخرى، مثل وزارة الخارجية أو محاكم الهجرة، فليست من عمله.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot give legal advice. A lawyer or an accredited representative can.</source>
            <extracomment>finding code screening.blocker.wants_legal_advice</extracomment>
            <translation>لا يستطيع أمين المظالم تقديم استشارة قانونية. يستطيع ذلك محامٍ أو ممثل معتمد.</translation>
        </message>
        <message>
            <source>You chose to send the request anyway. The Ombudsman may answer that it cannot help.</source>
            <extracomment>finding code screening.continue_anyway</extracomment>
            <translation>اخترت إرسال الطلب مع ذلك. قد يجيب أمين المظالم بأنه لا يستطيع المساعدة.</translation>
        </message>
        <message>
            <source>The Ombudsman does not give legal advice, cannot overrule a USCIS decision, and only works on problems with USCIS.</source>
            <extracomment>finding code screening.limits</extracomment>
            <translation>لا يقدّم أمين المظالم استشارة قانونية، ولا يستطيع إلغاء قرار من USCIS، ولا يعمل إلا على المشكلات مع USCIS.</translation>
        </message>
        <message>
            <source>From your answers, the Ombudsman may be able to help. Contact USCIS first if you have not: the Ombudsman expects that you tried.</source>
            <extracomment>finding code screening.may_help</extracomment>
            <translation>بحسب إجاباتك، قد يستطيع أمين المظالم المساعدة. تواصل مع USCIS أولًا إن لم تفعل: يتوقع أمين المظالم أنك حاولت.</translation>
        </message>
        <message>
            <source>Choose at least one reason you need help. The Ombudsman helps with delays, mistakes and problems USCIS did not fix.</source>
            <extracomment>finding code screening.no_reason</extracomment>
            <translation>اختر سببًا واحدًا على الأقل لحاجتك إلى المساعدة. يساعد أمين المظالم في حالات التأخير والأخطاء والمشكلات التي لم تحلّها USCIS.</translation>
        </message>
        <message>
            <source>Give at least one way to reach the person: phone, email, fax or a mailing address.</source>
            <extracomment>finding code subject.no_contact</extracomment>
            <translation>اذكر طريقة واحدة على الأقل للتواصل مع الشخص: الهاتف أو البريد الإلكتروني أو الفاكس أو العنوان البريدي.</translation>
        </message>
        <message>
            <source>{value} is not a U.S. state or territory. Pick one from the list.</source>
            <extracomment>finding code us_state.unknown</extracomment>
            <translation>{value} ليست ولاية أو إقليمًا أمريكيًا. اختر من القائمة.</translation>
        </message>
        <message>
            <source>A USCIS online account number has 12 digits.</source>
            <extracomment>finding code uscis_account.format</extracomment>
            <translation>رقم الحساب الإلكتروني لدى USCIS مكوّن من 12 رقمًا.</translation>
        </message>
    </context>
    <context>
        <name>formspec</name>
        <message>
            <source>Can the Ombudsman help?</source>
            <extracomment>section screening: title</extracomment>
            <translation>هل يستطيع أمين المظالم المساعدة؟</translation>
        </message>
        <message>
            <source>The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or went wrong. A few questions first show whether it can help with yours.</source>
            <extracomment>section screening: intro</extracomment>
            <translation>أمين مظالم CIS هو مكتب صغير يساعد عندما تتعثر قضية لدى USCIS أو يحدث فيها خطأ. بضعة أسئلة أولًا تبيّن هل يستطيع المساعدة في قضيتك.</translation>
        </message>
        <message>
            <source>What is happening with your case?</source>
            <extracomment>screening.reasons: label</extracomment>
            <translation>ماذا يحدث في قضيتك؟</translation>
        </message>
        <message>
            <source>Pick every line that fits. The Ombudsman only helps with problems like these, so this tells us if this form is the right way to get help.</source>
            <extracomment>screening.reasons: help</extracomment>
            <translation>اختر كل ما ينطبق. لا يساعد أمين المظالم إلا في مشكلات كهذه، ولذلك نعرف بهذا هل هذا النموذج هو الطريق الصحيح لطلب المساعدة.</translation>
        </message>
        <message>
            <source>An emergency or hardship caused by a USCIS mistake or delay</source>
            <extracomment>screening.reasons = hardship</extracomment>
            <translation>حالة طارئة أو ضائقة سببها خطأ أو تأخير من USCIS</translation>
        </message>
        <message>
            <source>I asked USCIS customer service and it is still not fixed</source>
            <extracomment>screening.reasons = unresolved</extracomment>
            <translation>سألت خدمة عملاء USCIS ولم تُحل المشكلة بعد</translation>
        </message>
        <message>
            <source>My case has waited longer than USCIS's posted processing time</source>
            <extracomment>screening.reasons = beyond_processing_time</extracomment>
            <translation>انتظرت قضيتي أكثر من مدة المعالجة التي نشرتها USCIS</translation>
        </message>
        <message>
            <source>USCIS made a mistake with my case</source>
            <extracomment>screening.reasons = uscis_error</extracomment>
            <translation>أخطأت USCIS في قضيتي</translation>
        </message>
        <message>
            <source>Do any of these fit your situation?</source>
            <extracomment>screening.blockers: label</extracomment>
            <translation>هل ينطبق عليك أيٌّ مما يلي؟</translation>
        </message>
        <message>
            <source>Pick any that are true. The Ombudsman cannot help with these, and it is better to know now than to wait for an answer that says no.</source>
            <extracomment>screening.blockers: help</extracomment>
            <translation>اختر ما هو صحيح. لا يستطيع أمين المظالم المساعدة في هذه الحالات، ومن الأفضل أن تعرف ذلك الآن بدلًا من انتظار رد بالرفض.</translation>
        </message>
        <message>
            <source>I want legal advice about my case</source>
            <extracomment>screening.blockers = wants_legal_advice</extracomment>
            <translation>أريد استشارة قانونية بشأن قضيتي</translation>
        </message>
        <message>
            <source>My problem is with another office, not USCIS</source>
            <extracomment>screening.blockers = not_uscis</extracomment>
            <translation>مشكلتي مع جهة أخرى، وليست مع USCIS</translation>
        </message>
        <message>
            <source>I disagree with a USCIS decision, but I cannot point to a mistake</source>
            <extracomment>screening.blockers = disagrees_no_error</extracomment>
            <translation>لا أوافق على قرار من USCIS، لكني لا أستطيع تحديد خطأ</translation>
        </message>
        <message>
            <source>I understand the Ombudsman may not be able to help, and I want to send it anyway</source>
            <extracomment>screening.continue_anyway: label</extracomment>
            <translation>أفهم أن أمين المظالم قد لا يستطيع المساعدة، وأريد الإرسال مع ذلك</translation>
        </message>
        <message>
            <source>Only choose this if you read why the Ombudsman may not be able to help and still want to ask. It keeps you from sending a request by mistake.</source>
            <extracomment>screening.continue_anyway: help</extracomment>
            <translation>لا تختر هذا إلا إذا قرأت لماذا قد لا يستطيع أمين المظالم المساعدة وما زلت تريد أن تطلب. فهذا يمنع إرسال طلب عن طريق الخطأ.</translation>
        </message>
        <message>
            <source>What you already did with USCIS</source>
            <extracomment>section actions_taken: title</extracomment>
            <translation>ما قمت به من قبل مع USCIS</translation>
        </message>
        <message>
            <source>The Ombudsman asks you to contact USCIS first. It expects that you reached USCIS in the last 90 days, and that you gave USCIS at least 60 days to fix the problem.</source>
            <extracomment>section actions_taken: intro</extracomment>
            <translation>يطلب أمين المظالم أن تتواصل مع USCIS أولًا. ويتوقع أنك تواصلت مع USCIS خلال آخر 90 يومًا، وأنك منحت USCIS مدة 60 يومًا على الأقل لحل المشكلة.</translation>
        </message>
        <message>
            <source>Did you call the USCIS Contact Center (1-800-375-5283)?</source>
            <extracomment>actions_taken.ncsc_called: label</extracomment>
            <translation>هل اتصلت بمركز اتصال USCIS (1-800-375-5283)؟</translation>
        </message>
        <message>
            <source>Calling USCIS is usually the first step. The Ombudsman wants to know what you tried so it does not ask you to do it again.</source>
            <extracomment>actions_taken.ncsc_called: help</extracomment>
            <translation>الاتصال بـ USCIS هو عادةً الخطوة الأولى. يريد أمين المظالم أن يعرف ما جرّبته حتى لا يطلب منك تكراره.</translation>
        </message>
        <message>
            <source>When did you last call?</source>
            <extracomment>actions_taken.ncsc_date: label</extracomment>
            <translation>متى اتصلت آخر مرة؟</translation>
        </message>
        <message>
            <source>The date of your last call. It shows how long USCIS has had to fix the problem.</source>
            <extracomment>actions_taken.ncsc_date: help</extracomment>
            <translation>تاريخ آخر اتصال لك. يبيّن كم من الوقت كان لدى USCIS لحل المشكلة.</translation>
        </message>
        <message>
            <source>Service request or referral number</source>
            <extracomment>actions_taken.ncsc_reference: label</extracomment>
            <translation>رقم طلب الخدمة أو رقم الإحالة</translation>
        </message>
        <message>
            <source>If USCIS gave you a number for your call, write it here. It helps the Ombudsman find your call in USCIS records.</source>
            <extracomment>actions_taken.ncsc_reference: help</extracomment>
            <translation>إذا أعطتك USCIS رقمًا لمكالمتك، فاكتبه هنا. يساعد ذلك أمين المظالم على إيجاد مكالمتك في سجلات USCIS.</translation>
        </message>
        <message>
            <source>Did you check your case status online?</source>
            <extracomment>actions_taken.case_status_checked: label</extracomment>
            <translation>هل راجعت حالة قضيتك على الإنترنت؟</translation>
        </message>
        <message>
            <source>USCIS shows case status on its website. This tells the Ombudsman what USCIS was showing you.</source>
            <extracomment>actions_taken.case_status_checked: help</extracomment>
            <translation>تعرض USCIS حالة القضايا على موقعها. وهذا يخبر أمين المظالم بما كانت USCIS تعرضه لك.</translation>
        </message>
        <message>
            <source>When did you last check it?</source>
            <extracomment>actions_taken.case_status_date: label</extracomment>
            <translation>متى راجعتها آخر مرة؟</translation>
        </message>
        <message>
            <source>The last date you looked at your case status.</source>
            <extracomment>actions_taken.case_status_date: help</extracomment>
            <translation>آخر تاريخ اطّلعت فيه على حالة قضيتك.</translation>
        </message>
        <message>
            <source>Did you go to a USCIS office appointment (InfoPass)?</source>
            <extracomment>actions_taken.appointment: label</extracomment>
            <translation>هل ذهبت إلى موعد في أحد مكاتب USCIS (InfoPass)؟</translation>
        </message>
        <message>
            <source>An in-person appointment is another way to ask USCIS for help. Say if you had one.</source>
            <extracomment>actions_taken.appointment: help</extracomment>
            <translation>الموعد الشخصي طريقة أخرى لطلب المساعدة من USCIS. اذكر إن كان لديك موعد.</translation>
        </message>
        <message>
            <source>Date of the appointment</source>
            <extracomment>actions_taken.appointment_date: label</extracomment>
            <translation>تاريخ الموعد</translation>
        </message>
        <message>
            <source>The date you went to the USCIS office.</source>
            <extracomment>actions_taken.appointment_date: help</extracomment>
            <translation>التاريخ الذي ذهبت فيه إلى مكتب USCIS.</translation>
        </message>
        <message>
            <source>Which USCIS office?</source>
            <extracomment>actions_taken.appointment_office: label</extracomment>
            <translation>أي مكتب من مكاتب USCIS؟</translation>
        </message>
        <message>
            <source>The city or name of the office you went to.</source>
            <extracomment>actions_taken.appointment_office: help</extracomment>
            <translation>المدينة أو اسم المكتب الذي ذهبت إليه.</translation>
        </message>
        <message>
            <source>Did you send USCIS an online request (e-Request)?</source>
            <extracomment>actions_taken.e_request: label</extracomment>
            <translation>هل أرسلت إلى USCIS طلبًا إلكترونيًا (e-Request)؟</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website to ask about a case. Say if you sent one.</source>
            <extracomment>actions_taken.e_request: help</extracomment>
            <translation>الطلب الإلكتروني (e-Request) نموذج على موقع USCIS للسؤال عن قضية. اذكر إن كنت أرسلت واحدًا.</translation>
        </message>
        <message>
            <source>Date of the e-Request</source>
            <extracomment>actions_taken.e_request_date: label</extracomment>
            <translation>تاريخ الطلب الإلكتروني (e-Request)</translation>
        </message>
        <message>
            <source>The date you sent the online request.</source>
            <extracomment>actions_taken.e_request_date: help</extracomment>
            <translation>التاريخ الذي أرسلت فيه الطلب الإلكتروني.</translation>
        </message>
        <message>
            <source>e-Request number</source>
            <extracomment>actions_taken.e_request_number: label</extracomment>
            <translation>رقم الطلب الإلكتروني (e-Request)</translation>
        </message>
        <message>
            <source>The number USCIS gave you for the online request, if you have it.</source>
            <extracomment>actions_taken.e_request_number: help</extracomment>
            <translation>الرقم الذي أعطتك إياه USCIS للطلب الإلكتروني، إن كان لديك.</translation>
        </message>
        <message>
            <source>Did a member of Congress ask USCIS about your case?</source>
            <extracomment>actions_taken.congress_inquiry: label</extracomment>
            <translation>هل سأل عضو في الكونغرس USCIS عن قضيتك؟</translation>
        </message>
        <message>
            <source>Your senator or representative can also ask USCIS. The Ombudsman wants to know so two offices do not do the same work.</source>
            <extracomment>actions_taken.congress_inquiry: help</extracomment>
            <translation>يمكن لعضو مجلس الشيوخ أو مجلس النواب الذي يمثلك أن يسأل USCIS أيضًا. يريد أمين المظالم أن يعرف ذلك حتى لا يقوم مكتبان بالعمل نفسه.</translation>
        </message>
        <message>
            <source>Which office of Congress?</source>
            <extracomment>actions_taken.congress_office: label</extracomment>
            <translation>أي مكتب من مكاتب الكونغرس؟</translation>
        </message>
        <message>
            <source>The name of the senator or representative whose office helped.</source>
            <extracomment>actions_taken.congress_office: help</extracomment>
            <translation>اسم عضو مجلس الشيوخ أو النواب الذي ساعد مكتبه.</translation>
        </message>
        <message>
            <source>Anything else you did to fix the problem</source>
            <extracomment>actions_taken.other: label</extracomment>
            <translation>أي شيء آخر فعلته لحل المشكلة</translation>
        </message>
        <message>
            <source>For example letters you sent to USCIS. Everything you tried helps the Ombudsman.</source>
            <extracomment>actions_taken.other: help</extracomment>
            <translation>مثلًا رسائل أرسلتها إلى USCIS. كل ما جرّبته يساعد أمين المظالم.</translation>
        </message>
        <message>
            <source>Why you are asking for help</source>
            <extracomment>section reasons: title</extracomment>
            <translation>لماذا تطلب المساعدة</translation>
        </message>
        <message>
            <source>Tell the Ombudsman what went wrong and what you want fixed.</source>
            <extracomment>section reasons: intro</extracomment>
            <translation>أخبر أمين المظالم بما حدث من خطأ وبما تريد تصحيحه.</translation>
        </message>
        <message>
            <source>Why are you asking for help?</source>
            <extracomment>reasons.kinds: label</extracomment>
            <translation>لماذا تطلب المساعدة؟</translation>
        </message>
        <message>
            <source>Pick every reason that fits. It helps the Ombudsman see how urgent your case is.</source>
            <extracomment>reasons.kinds: help</extracomment>
            <translation>اختر كل الأسباب التي تنطبق. يساعد ذلك أمين المظالم على معرفة مدى استعجال قضيتك.</translation>
        </message>
        <message>
            <source>Emergency or hardship</source>
            <extracomment>reasons.kinds = emergency_hardship</extracomment>
            <translation>حالة طارئة أو ضائقة</translation>
        </message>
        <message>
            <source>Pending longer than the posted processing time</source>
            <extracomment>reasons.kinds = beyond_processing_time</extracomment>
            <translation>معلّقة مدة أطول من مدة المعالجة المنشورة</translation>
        </message>
        <message>
            <source>USCIS made a mistake</source>
            <extracomment>reasons.kinds = uscis_error</extracomment>
            <translation>أخطأت USCIS</translation>
        </message>
        <message>
            <source>At risk of losing status or building up unlawful presence</source>
            <extracomment>reasons.kinds = losing_status</extracomment>
            <translation>خطر فقدان الوضع القانوني أو تراكم مدة وجود غير قانوني</translation>
        </message>
        <message>
            <source>USCIS lost documents</source>
            <extracomment>reasons.kinds = lost_documents</extracomment>
            <translation>أضاعت USCIS مستندات</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>reasons.kinds = other</extracomment>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>What is the emergency or hardship?</source>
            <extracomment>reasons.hardship_description: label</extracomment>
            <translation>ما الحالة الطارئة أو الضائقة؟</translation>
        </message>
        <message>
            <source>Explain what will happen if USCIS does not act soon, for example losing a job, missing medical care, or a family member who is very sick. The Ombudsman looks at urgent cases first, so clear facts matter.</source>
            <extracomment>reasons.hardship_description: help</extracomment>
            <translation>اشرح ما سيحدث إذا لم تتصرف USCIS قريبًا، مثل فقدان عمل، أو فوات رعاية طبية، أو فرد من الأسرة مريض جدًا. ينظر أمين المظالم في القضايا العاجلة أولًا، ولذلك فالوقائع الواضحة مهمة.</translation>
        </message>
        <message>
            <source>USCIS's posted processing time (months)</source>
            <extracomment>reasons.posted_processing_time_months: label</extracomment>
            <translation>مدة المعالجة التي نشرتها USCIS (بالأشهر)</translation>
        </message>
        <message>
            <source>USCIS posts how long a form usually takes at each office. Write the number of months it showed. We use it to count how far past that time your case is.</source>
            <extracomment>reasons.posted_processing_time_months: help</extracomment>
            <translation>تنشر USCIS المدة التي يستغرقها النموذج عادةً في كل مكتب. اكتب عدد الأشهر الذي ظهر. نستخدمه لحساب كم تجاوزت قضيتك تلك المدة.</translation>
        </message>
        <message>
            <source>When did you look up that processing time?</source>
            <extracomment>reasons.processing_time_checked_on: label</extracomment>
            <translation>متى اطّلعت على مدة المعالجة تلك؟</translation>
        </message>
        <message>
            <source>Processing times change. The date shows which posted time you compared with.</source>
            <extracomment>reasons.processing_time_checked_on: help</extracomment>
            <translation>مدد المعالجة تتغير. يبيّن التاريخ أي مدة منشورة قارنت بها.</translation>
        </message>
        <message>
            <source>What happened?</source>
            <extracomment>reasons.problem_description: label</extracomment>
            <translation>ماذا حدث؟</translation>
        </message>
        <message>
            <source>Tell the story in order, with dates if you know them: what you filed, what USCIS did or did not do, and what you tried. This is the most important part: the Ombudsman reads it to understand your problem.</source>
            <extracomment>reasons.problem_description: help</extracomment>
            <translation>احكِ ما حدث بالترتيب، مع التواريخ إن كنت تعرفها: ما الذي قدّمته، وما الذي فعلته USCIS أو لم تفعله، وما الذي جرّبته. هذا هو الجزء الأهم: يقرؤه أمين المظالم ليفهم مشكلتك.</translation>
        </message>
        <message>
            <source>What do you want the Ombudsman to do?</source>
            <extracomment>reasons.desired_outcome: label</extracomment>
            <translation>ماذا تريد أن يفعل أمين المظالم؟</translation>
        </message>
        <message>
            <source>For example: ask USCIS to decide the case, or to correct a mistake on a card. A clear request is easier to act on.</source>
            <extracomment>reasons.desired_outcome: help</extracomment>
            <translation>مثلًا: أن يطلب من USCIS البتّ في القضية، أو تصحيح خطأ في بطاقة. الطلب الواضح أسهل في التنفيذ.</translation>
        </message>
        <message>
            <source>Who is filling in this request</source>
            <extracomment>section submitter: title</extracomment>
            <translation>من يملأ هذا الطلب</translation>
        </message>
        <message>
            <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person's written consent.</source>
            <extracomment>section submitter: intro</extracomment>
            <translation>يمكنك طلب المساعدة لنفسك، أو مساعدة شخص آخر على طلبها. يحتاج المحامي إلى النموذج G-28 محفوظًا لدى USCIS؛ وأي شخص آخر يساعد يحتاج إلى موافقة مكتوبة من الشخص.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <extracomment>submitter.role: label</extracomment>
            <translation>من أنت؟</translation>
        </message>
        <message>
            <source>I am the person with the USCIS case</source>
            <extracomment>submitter.role = self</extracomment>
            <translation>أنا صاحب القضية لدى USCIS</translation>
        </message>
        <message>
            <source>I am their attorney or accredited representative</source>
            <extracomment>submitter.role = attorney</extracomment>
            <translation>أنا محاميه أو ممثله المعتمد</translation>
        </message>
        <message>
            <source>You need a copy of your Form G-28 that is on file with USCIS.</source>
            <extracomment>submitter.role = attorney: help</extracomment>
            <translation>تحتاج إلى نسخة من النموذج G-28 الخاص بك والمحفوظ لدى USCIS.</translation>
        </message>
        <message>
            <source>I am helping them (family, volunteer, school official, congressional staff…)</source>
            <extracomment>submitter.role = helper</extracomment>
            <translation>أنا أساعده (أحد أفراد الأسرة، متطوع، موظف في مدرسة، موظف في الكونغرس…)</translation>
        </message>
        <message>
            <source>The person must sign a consent that lets you ask for them.</source>
            <extracomment>submitter.role = helper: help</extracomment>
            <translation>يجب أن يوقّع الشخص موافقة تسمح لك بالطلب نيابةً عنه.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <extracomment>submitter.name: label</extracomment>
            <translation>اسمك الكامل</translation>
        </message>
        <message>
            <source>The Ombudsman writes to you as the person who sent the request.</source>
            <extracomment>submitter.name: help</extracomment>
            <translation>يراسلك أمين المظالم بصفتك الشخص الذي أرسل الطلب.</translation>
        </message>
        <message>
            <source>Organization or law firm</source>
            <extracomment>submitter.organization: label</extracomment>
            <translation>المنظمة أو مكتب المحاماة</translation>
        </message>
        <message>
            <source>If you help as part of a group or law firm, give its name.</source>
            <extracomment>submitter.organization: help</extracomment>
            <translation>إذا كنت تساعد ضمن جماعة أو مكتب محاماة، فاذكر اسمه.</translation>
        </message>
        <message>
            <source>How are you related to the person?</source>
            <extracomment>submitter.relationship: label</extracomment>
            <translation>ما صلتك بالشخص؟</translation>
        </message>
        <message>
            <source>For example: daughter, friend, volunteer at a community center.</source>
            <extracomment>submitter.relationship: help</extracomment>
            <translation>مثلًا: ابنة، صديق، متطوع في مركز مجتمعي.</translation>
        </message>
        <message>
            <source>Your phone</source>
            <extracomment>submitter.phone: label</extracomment>
            <translation>هاتفك</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach you with questions.</source>
            <extracomment>submitter.phone: help</extracomment>
            <translation>رقم يستطيع أمين المظالم الاتصال بك عليه إذا كانت لديه أسئلة.</translation>
        </message>
        <message>
            <source>Your email</source>
            <extracomment>submitter.email: label</extracomment>
            <translation>بريدك الإلكتروني</translation>
        </message>
        <message>
            <source>Email is the fastest way for the Ombudsman to answer.</source>
            <extracomment>submitter.email: help</extracomment>
            <translation>البريد الإلكتروني أسرع طريقة ليرد عليك أمين المظالم.</translation>
        </message>
        <message>
            <source>Your fax</source>
            <extracomment>submitter.fax: label</extracomment>
            <translation>الفاكس الخاص بك</translation>
        </message>
        <message>
            <source>Only if you use a fax machine.</source>
            <extracomment>submitter.fax: help</extracomment>
            <translation>فقط إذا كنت تستخدم جهاز فاكس.</translation>
        </message>
        <message>
            <source>Street address</source>
            <extracomment>submitter.address.street: label</extracomment>
            <translation>عنوان الشارع</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.street: help</extracomment>
            <translation>رقم المنزل والشارع، أو صندوق بريد (P.O. box)، حتى يستطيع أمين المظالم إرسال الرسائل إليك.</translation>
        </message>
        <message>
            <source>Apartment, suite or floor</source>
            <extracomment>submitter.address.unit: label</extracomment>
            <translation>الشقة أو الجناح أو الطابق</translation>
        </message>
        <message>
            <source>Leave empty if none.</source>
            <extracomment>submitter.address.unit: help</extracomment>
            <translation>اتركه فارغًا إن لم يوجد.</translation>
        </message>
        <message>
            <source>City or town</source>
            <extracomment>submitter.address.city: label</extracomment>
            <translation>المدينة أو البلدة</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.city: help</extracomment>
            <translation>المدينة أو البلدة، حتى يستطيع أمين المظالم إرسال الرسائل إليك.</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>submitter.address.state: label</extracomment>
            <translation>الولاية</translation>
        </message>
        <message>
            <source>In the U.S., pick the state or territory. Outside the U.S., write the province or region.</source>
            <extracomment>submitter.address.state: help</extracomment>
            <translation>داخل الولايات المتحدة، اختر الولاية أو الإقليم. وخارجها، اكتب المقاطعة أو المنطقة.</translation>
        </message>
        <message>
            <source>ZIP code</source>
            <extracomment>submitter.address.postal_code: label</extracomment>
            <translation>الرمز البريدي (ZIP)</translation>
        </message>
        <message>
            <source>In the U.S. this is 5 digits, or 5 + 4 digits (20528 or 20528-0180). Outside the U.S., write the postal code as it appears on letters.</source>
            <extracomment>submitter.address.postal_code: help</extracomment>
            <translation>في الولايات المتحدة هو خمسة أرقام، أو خمسة + أربعة (20528 أو 20528-0180). وخارجها، اكتب الرمز البريدي كما يظهر على الرسائل.</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>submitter.address.country: label</extracomment>
            <translation>البلد</translation>
        </message>
        <message>
            <source>The country of this address.</source>
            <extracomment>submitter.address.country: help</extracomment>
            <translation>بلد هذا العنوان.</translation>
        </message>
        <message>
            <source>Bar number</source>
            <extracomment>submitter.bar_number: label</extracomment>
            <translation>رقم القيد في نقابة المحامين (bar number)</translation>
        </message>
        <message>
            <source>Attorneys: your state bar number, which shows you may practice law.</source>
            <extracomment>submitter.bar_number: help</extracomment>
            <translation>للمحامين: رقم قيدك في نقابة المحامين في الولاية، وهو يبيّن أنه يحق لك ممارسة المحاماة.</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <extracomment>submitter.accreditation: label</extracomment>
            <translation>الاعتماد</translation>
        </message>
        <message>
            <source>The Ombudsman only talks about a case with the person, or with someone the person allowed. So it needs to know who is asking.</source>
            <extracomment>submitter.role: help</extracomment>
            <translation>لا يتحدث أمين المظالم عن قضية إلا مع صاحبها أو مع من أذن له. ولذلك يحتاج إلى معرفة من يسأل.</translation>
        </message>
        <message>
            <source>If you are an accredited representative: the name of your group and your number. It shows you may help people with USCIS cases.</source>
            <extracomment>submitter.accreditation: help</extracomment>
            <translation>إذا كنت ممثلًا معتمدًا: اسم جهتك ورقمك. يبيّن ذلك أنه يحق لك مساعدة الناس في قضايا USCIS.</translation>
        </message>
        <message>
            <source>The person or employer with the USCIS case</source>
            <extracomment>section subject: title</extracomment>
            <translation>الشخص أو صاحب العمل صاحب القضية لدى USCIS</translation>
        </message>
        <message>
            <source>Give the details of the person (or employer) who filed with USCIS and has the problem. Do not enter the attorney or law firm here.</source>
            <extracomment>section subject: intro</extracomment>
            <translation>اذكر بيانات الشخص (أو صاحب العمل) الذي قدّم إلى USCIS ولديه المشكلة. لا تكتب المحامي أو مكتب المحاماة هنا.</translation>
        </message>
        <message>
            <source>Is this a person or an employer/organization?</source>
            <extracomment>subject.kind: label</extracomment>
            <translation>هل هو شخص أم صاحب عمل/منظمة؟</translation>
        </message>
        <message>
            <source>Employers file petitions too. This decides which name boxes to fill.</source>
            <extracomment>subject.kind: help</extracomment>
            <translation>أصحاب العمل يقدّمون عرائض أيضًا. وعلى هذا يتحدد أي خانات الاسم تُملأ.</translation>
        </message>
        <message>
            <source>A person</source>
            <extracomment>subject.kind = person</extracomment>
            <translation>شخص</translation>
        </message>
        <message>
            <source>An employer or organization</source>
            <extracomment>subject.kind = organization</extracomment>
            <translation>صاحب عمل أو منظمة</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>subject.title: label</extracomment>
            <translation>اللقب</translation>
        </message>
        <message>
            <source>Optional. How the Ombudsman should address the person in letters.</source>
            <extracomment>subject.title: help</extracomment>
            <translation>اختياري. كيف يخاطب أمين المظالم الشخص في الرسائل.</translation>
        </message>
        <message>
            <source>Mr.</source>
            <extracomment>subject.title = Mr.</extracomment>
            <translation>السيد (⁦Mr.⁩)</translation>
        </message>
        <message>
            <source>Ms.</source>
            <extracomment>subject.title = Ms.</extracomment>
            <translation>السيدة (⁦Ms.⁩)</translation>
        </message>
        <message>
            <source>Mx.</source>
            <extracomment>subject.title = Mx.</extracomment>
            <translation>⁦Mx.⁩</translation>
        </message>
        <message>
            <source>First name (given name)</source>
            <extracomment>subject.first_name: label</extracomment>
            <translation>الاسم الأول</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case. Any alphabet is fine.</source>
            <extracomment>subject.first_name: help</extracomment>
            <translation>اكتبه كما هو في أوراق USCIS، حتى يجد أمين المظالم القضية الصحيحة. أي أبجدية مقبولة.</translation>
        </message>
        <message>
            <source>Middle name</source>
            <extracomment>subject.middle_name: label</extracomment>
            <translation>الاسم الأوسط</translation>
        </message>
        <message>
            <source>Only if the USCIS papers show one.</source>
            <extracomment>subject.middle_name: help</extracomment>
            <translation>فقط إذا كان مذكورًا في أوراق USCIS.</translation>
        </message>
        <message>
            <source>Last name (family name)</source>
            <extracomment>subject.last_name: label</extracomment>
            <translation>اسم العائلة</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case.</source>
            <extracomment>subject.last_name: help</extracomment>
            <translation>اكتبه كما هو في أوراق USCIS، حتى يجد أمين المظالم القضية الصحيحة.</translation>
        </message>
        <message>
            <source>Name of the employer or organization</source>
            <extracomment>subject.organization_name: label</extracomment>
            <translation>اسم صاحب العمل أو المنظمة</translation>
        </message>
        <message>
            <source>The name that is on the petition filed with USCIS.</source>
            <extracomment>subject.organization_name: help</extracomment>
            <translation>الاسم المكتوب في العريضة المقدَّمة إلى USCIS.</translation>
        </message>
        <message>
            <source>Other names used</source>
            <extracomment>subject.other_names: label</extracomment>
            <translation>أسماء أخرى مستخدمة</translation>
        </message>
        <message>
            <source>For example a name before marriage or another spelling. USCIS may file papers under it.</source>
            <extracomment>subject.other_names: help</extracomment>
            <translation>مثلًا اسم قبل الزواج أو كتابة أخرى للاسم. قد تحفظ USCIS أوراقًا بهذا الاسم.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <extracomment>subject.date_of_birth: label</extracomment>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <source>USCIS uses the birth date with the name to find the right person.</source>
            <extracomment>subject.date_of_birth: help</extracomment>
            <translation>تستخدم USCIS تاريخ الميلاد مع الاسم لإيجاد الشخص الصحيح.</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <extracomment>subject.country_of_birth: label</extracomment>
            <translation>بلد الميلاد</translation>
        </message>
        <message>
            <source>It helps USCIS match the records.</source>
            <extracomment>subject.country_of_birth: help</extracomment>
            <translation>يساعد USCIS على مطابقة السجلات.</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <extracomment>subject.country_of_citizenship: label</extracomment>
            <translation>بلد الجنسية</translation>
        </message>
        <message>
            <source>The country whose passport the person holds.</source>
            <extracomment>subject.country_of_citizenship: help</extracomment>
            <translation>البلد الذي يحمل الشخص جواز سفره.</translation>
        </message>
        <message>
            <source>A-Number (if any)</source>
            <extracomment>subject.a_number: label</extracomment>
            <translation>رقم A-Number إن وُجد</translation>
        </message>
        <message>
            <source>Not every person has an A-Number. If you have one, it starts with A and has 7 to 9 digits (A123-456-789). It is the fastest way to find your file.</source>
            <extracomment>subject.a_number: help</extracomment>
            <translation>ليس لكل شخص رقم A. إن كان لديك، فهو يبدأ بالحرف A ويليه من 7 إلى 9 أرقام (A123-456-789). وهو أسرع طريقة لإيجاد ملفك.</translation>
        </message>
        <message>
            <source>USCIS online account number (if any)</source>
            <extracomment>subject.uscis_online_account_number: label</extracomment>
            <translation>رقم الحساب الإلكتروني لدى USCIS إن وُجد</translation>
        </message>
        <message>
            <source>12 digits. You have one only if you filed online or got it in a USCIS notice.</source>
            <extracomment>subject.uscis_online_account_number: help</extracomment>
            <translation>12 رقمًا. يكون لديك فقط إذا قدّمت عبر الإنترنت أو وصلك في إشعار من USCIS.</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.street: help</extracomment>
            <translation>رقم المنزل والشارع، أو صندوق بريد (P.O. box)، حتى يستطيع أمين المظالم إرسال الرسائل إلى الشخص.</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.city: help</extracomment>
            <translation>المدينة أو البلدة، حتى يستطيع أمين المظالم إرسال الرسائل إلى الشخص.</translation>
        </message>
        <message>
            <source>Phone</source>
            <extracomment>subject.phone: label</extracomment>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach the person. At least one way to reach them is needed.</source>
            <extracomment>subject.phone: help</extracomment>
            <translation>رقم يستطيع أمين المظالم الاتصال بالشخص عليه. يلزم ذكر طريقة واحدة على الأقل للتواصل.</translation>
        </message>
        <message>
            <source>Fax</source>
            <extracomment>subject.fax: label</extracomment>
            <translation>الفاكس</translation>
        </message>
        <message>
            <source>Only if the person uses a fax machine.</source>
            <extracomment>subject.fax: help</extracomment>
            <translation>فقط إذا كان الشخص يستخدم جهاز فاكس.</translation>
        </message>
        <message>
            <source>Email (to get Ombudsman updates)</source>
            <extracomment>subject.email: label</extracomment>
            <translation>البريد الإلكتروني (لتلقي أخبار أمين المظالم)</translation>
        </message>
        <message>
            <source>The Ombudsman sends updates about the request to this email.</source>
            <extracomment>subject.email: help</extracomment>
            <translation>يرسل أمين المظالم أخبار الطلب إلى هذا البريد الإلكتروني.</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <extracomment>subject.preferred_language: label</extracomment>
            <translation>اللغة المفضلة</translation>
        </message>
        <message>
            <source>The language the person reads and speaks best.</source>
            <extracomment>subject.preferred_language: help</extracomment>
            <translation>اللغة التي يقرؤها الشخص ويتحدثها أفضل من غيرها.</translation>
        </message>
        <message>
            <source>Does the person need an interpreter?</source>
            <extracomment>subject.needs_interpreter: label</extracomment>
            <translation>هل يحتاج الشخص إلى مترجم شفهي؟</translation>
        </message>
        <message>
            <source>So the Ombudsman can plan a call in the person's language.</source>
            <extracomment>subject.needs_interpreter: help</extracomment>
            <translation>حتى يستطيع أمين المظالم ترتيب مكالمة بلغة الشخص.</translation>
        </message>
        <message>
            <source>Has the person applied for or received T, U, VAWA, asylum or refugee status?</source>
            <extracomment>subject.protected_category: label</extracomment>
            <translation>هل تقدّم الشخص بطلب وضع T أو U أو VAWA أو لجوء أو لاجئ، أو حصل عليه؟</translation>
        </message>
        <message>
            <source>These cases have extra privacy protections. The consent must then be signed by hand in ink: print it, sign it, and scan it.</source>
            <extracomment>subject.protected_category: help</extracomment>
            <translation>لهذه القضايا حماية إضافية للخصوصية. ولذلك يجب توقيع الموافقة باليد وبالحبر: اطبعها، ووقّعها، ثم امسحها ضوئيًا.</translation>
        </message>
        <message>
            <source>The beneficiary (if the petition is for someone else)</source>
            <extracomment>section beneficiary: title</extracomment>
            <translation>المستفيد (إذا كانت العريضة لشخص آخر)</translation>
        </message>
        <message>
            <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person's details. Otherwise skip this page.</source>
            <extracomment>section beneficiary: intro</extracomment>
            <translation>بعض العرائض تُقدَّم لشخص آخر، مثل قريب أو عامل. إن كان الأمر كذلك، فاذكر بيانات ذلك الشخص. وإلا فتخطَّ هذه الصفحة.</translation>
        </message>
        <message>
            <source>Beneficiary's first name</source>
            <extracomment>beneficiary.first_name: label</extracomment>
            <translation>الاسم الأول للمستفيد</translation>
        </message>
        <message>
            <source>The person the petition is for.</source>
            <extracomment>beneficiary.first_name: help</extracomment>
            <translation>الشخص الذي قُدّمت العريضة من أجله.</translation>
        </message>
        <message>
            <source>Beneficiary's last name</source>
            <extracomment>beneficiary.last_name: label</extracomment>
            <translation>اسم عائلة المستفيد</translation>
        </message>
        <message>
            <source>As on the petition.</source>
            <extracomment>beneficiary.last_name: help</extracomment>
            <translation>كما هو في العريضة.</translation>
        </message>
        <message>
            <source>Beneficiary's date of birth</source>
            <extracomment>beneficiary.date_of_birth: label</extracomment>
            <translation>تاريخ ميلاد المستفيد</translation>
        </message>
        <message>
            <source>Helps USCIS find the right person.</source>
            <extracomment>beneficiary.date_of_birth: help</extracomment>
            <translation>يساعد USCIS على إيجاد الشخص الصحيح.</translation>
        </message>
        <message>
            <source>Beneficiary's A-Number (if any)</source>
            <extracomment>beneficiary.a_number: label</extracomment>
            <translation>رقم A للمستفيد إن وُجد</translation>
        </message>
        <message>
            <source>Not everyone has one. If there is one, it helps find the file.</source>
            <extracomment>beneficiary.a_number: help</extracomment>
            <translation>ليس لكل شخص رقم. إن وُجد، فهو يساعد على إيجاد الملف.</translation>
        </message>
        <message>
            <source>Relationship to the petitioner</source>
            <extracomment>beneficiary.relationship: label</extracomment>
            <translation>الصلة بمقدّم العريضة</translation>
        </message>
        <message>
            <source>For example: spouse, son, employee.</source>
            <extracomment>beneficiary.relationship: help</extracomment>
            <translation>مثلًا: زوجة، ابن، موظف.</translation>
        </message>
        <message>
            <source>Applications and petitions filed</source>
            <extracomment>section filings: title</extracomment>
            <translation>الطلبات والعرائض المقدَّمة</translation>
        </message>
        <message>
            <source>List all applications and petitions pending with USCIS that are part of this problem. Include every receipt number: it is how the Ombudsman finds each case.</source>
            <extracomment>section filings: intro</extracomment>
            <translation>اذكر كل الطلبات والعرائض المعلّقة لدى USCIS والمتعلقة بهذه المشكلة. اكتب كل رقم إيصال: فبه يجد أمين المظالم كل قضية.</translation>
        </message>
        <message>
            <source>Application or petition</source>
            <extracomment>section filings: item_label</extracomment>
            <translation>طلب أو عريضة</translation>
        </message>
        <message>
            <source>Form number</source>
            <extracomment>filings[].form_number: label</extracomment>
            <translation>رقم النموذج</translation>
        </message>
        <message>
            <source>The number printed at the top of the form you filed, like I-130 or N-400. It tells the Ombudsman what you asked USCIS for.</source>
            <extracomment>filings[].form_number: help</extracomment>
            <translation>الرقم المطبوع أعلى النموذج الذي قدّمته، مثل I-130 أو N-400. يخبر أمين المظالم بما طلبته من USCIS.</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <extracomment>filings[].receipt_number: label</extracomment>
            <translation>رقم الإيصال</translation>
        </message>
        <message>
            <source>It is on the receipt notice (Form I-797C) USCIS mailed you: 3 letters and 10 numbers, like IOE0912345678. Dashes and spaces are fine.</source>
            <extracomment>filings[].receipt_number: help</extracomment>
            <translation>تجده في إشعار الاستلام (النموذج I-797C) الذي أرسلته إليك USCIS بالبريد: ثلاثة أحرف وعشرة أرقام، مثل IOE0912345678. الشرطات والمسافات لا بأس بها.</translation>
        </message>
        <message>
            <source>Why is there no receipt number?</source>
            <extracomment>filings[].no_receipt_reason: label</extracomment>
            <translation>لماذا لا يوجد رقم إيصال؟</translation>
        </message>
        <message>
            <source>If you never got a receipt notice, say so here, for example 'filed 5 months ago, no receipt notice yet'. The Ombudsman needs this to look for the case.</source>
            <extracomment>filings[].no_receipt_reason: help</extracomment>
            <translation>إذا لم يصلك إشعار استلام أبدًا، فاذكر ذلك هنا، مثلًا «قُدّم قبل 5 أشهر، ولم يصل إشعار استلام بعد». يحتاج أمين المظالم إلى هذا للبحث عن القضية.</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <extracomment>filings[].receipt_date: label</extracomment>
            <translation>تاريخ الاستلام</translation>
        </message>
        <message>
            <source>The 'Received Date' on the receipt notice. We use it to count how long the case has been waiting.</source>
            <extracomment>filings[].receipt_date: help</extracomment>
            <translation>«Received Date» (تاريخ الاستلام) في إشعار الاستلام. نستخدمه لحساب مدة انتظار القضية.</translation>
        </message>
        <message>
            <source>USCIS office handling it</source>
            <extracomment>filings[].office: label</extracomment>
            <translation>مكتب USCIS الذي يتولّاها</translation>
        </message>
        <message>
            <source>If you know which office or service center has the case, write it here.</source>
            <extracomment>filings[].office: help</extracomment>
            <translation>إذا كنت تعرف أي مكتب أو مركز خدمة لديه القضية، فاكتبه هنا.</translation>
        </message>
        <message>
            <source>What you asked USCIS for</source>
            <extracomment>section benefit: title</extracomment>
            <translation>ما طلبته من USCIS</translation>
        </message>
        <message>
            <source>Choose the kind of immigration benefit the applications are for.</source>
            <extracomment>section benefit: intro</extracomment>
            <translation>اختر نوع ميزة الهجرة التي تخصها الطلبات.</translation>
        </message>
        <message>
            <source>Type of benefit</source>
            <extracomment>benefit.types: label</extracomment>
            <translation>نوع الميزة</translation>
        </message>
        <message>
            <source>Pick all that apply. It helps the Ombudsman send your case to the right team.</source>
            <extracomment>benefit.types: help</extracomment>
            <translation>اختر كل ما ينطبق. يساعد ذلك أمين المظالم على إرسال قضيتك إلى الفريق المناسب.</translation>
        </message>
        <message>
            <source>Nonimmigrant (ex. Student)</source>
            <extracomment>benefit.types = nonimmigrant</extracomment>
            <translation>غير هجرية (مثل: طالب)</translation>
        </message>
        <message>
            <source>Immigrant (ex. Permanent Residency)</source>
            <extracomment>benefit.types = immigrant</extracomment>
            <translation>هجرية (مثل: الإقامة الدائمة)</translation>
        </message>
        <message>
            <source>Citizenship or Naturalization</source>
            <extracomment>benefit.types = citizenship</extracomment>
            <translation>الجنسية أو التجنّس</translation>
        </message>
        <message>
            <source>Asylum or Refugee</source>
            <extracomment>benefit.types = asylum_refugee</extracomment>
            <translation>اللجوء أو اللاجئون</translation>
        </message>
        <message>
            <source>Interim benefit (ex. Employment Authorization)</source>
            <extracomment>benefit.types = interim</extracomment>
            <translation>ميزة مؤقتة (مثل: تصريح العمل)</translation>
        </message>
        <message>
            <source>Waiver (ex. Waiver of Grounds of Inadmissibility)</source>
            <extracomment>benefit.types = waiver</extracomment>
            <translation>إعفاء (مثل: الإعفاء من أسباب عدم القبول)</translation>
        </message>
        <message>
            <source>What other benefit?</source>
            <extracomment>benefit.other_description: label</extracomment>
            <translation>ما الميزة الأخرى؟</translation>
        </message>
        <message>
            <source>You chose 'Other': say in a few words what you asked USCIS for.</source>
            <extracomment>benefit.other_description: help</extracomment>
            <translation>اخترت «أخرى»: اذكر في كلمات قليلة ما طلبته من USCIS.</translation>
        </message>
        <message>
            <source>Supporting documents</source>
            <extracomment>section documents: title</extracomment>
            <translation>المستندات الداعمة</translation>
        </message>
        <message>
            <source>Add copies of papers that show the problem, like receipt notices and letters from USCIS. Please do not send original documents: copies only. The files stay encrypted on this computer.</source>
            <extracomment>section documents: intro</extracomment>
            <translation>أضف نسخًا من الأوراق التي تبيّن المشكلة، مثل إشعارات الاستلام ورسائل USCIS. يُرجى عدم إرسال المستندات الأصلية: النسخ فقط. تبقى الملفات مشفّرة على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>section documents: item_label</extracomment>
            <translation>مستند</translation>
        </message>
        <message>
            <source>Document id</source>
            <extracomment>documents[].id: label</extracomment>
            <translation>معرّف المستند</translation>
        </message>
        <message>
            <source>Set by the app.</source>
            <extracomment>documents[].id: help</extracomment>
            <translation>يحدده التطبيق.</translation>
        </message>
        <message>
            <source>What kind of document is it?</source>
            <extracomment>documents[].category: label</extracomment>
            <translation>ما نوع المستند؟</translation>
        </message>
        <message>
            <source>Helps the Ombudsman see quickly what you sent, and lets the app check that a G-28 or a consent is there when needed.</source>
            <extracomment>documents[].category: help</extracomment>
            <translation>يساعد أمين المظالم على معرفة ما أرسلته بسرعة، ويتيح للتطبيق التحقق من وجود النموذج G-28 أو الموافقة عند الحاجة.</translation>
        </message>
        <message>
            <source>Copy of something I sent to USCIS</source>
            <extracomment>documents[].category = submitted_to_uscis</extracomment>
            <translation>نسخة من شيء أرسلته إلى USCIS</translation>
        </message>
        <message>
            <source>Copy of something USCIS sent me</source>
            <extracomment>documents[].category = received_from_uscis</extracomment>
            <translation>نسخة من شيء أرسلته إليّ USCIS</translation>
        </message>
        <message>
            <source>Form G-28 (attorney or representative)</source>
            <extracomment>documents[].category = g28</extracomment>
            <translation>النموذج G-28 (محامٍ أو ممثل)</translation>
        </message>
        <message>
            <source>Signed consent of the person</source>
            <extracomment>documents[].category = consent</extracomment>
            <translation>موافقة موقّعة من الشخص</translation>
        </message>
        <message>
            <source>The form's signature page, signed in ink (scan or photo)</source>
            <extracomment>documents[].category = signed_form</extracomment>
            <translation>صفحة التوقيع في النموذج، موقّعة بالحبر (مسح ضوئي أو صورة)</translation>
        </message>
        <message>
            <source>Other supporting document</source>
            <extracomment>documents[].category = other</extracomment>
            <translation>مستند داعم آخر</translation>
        </message>
        <message>
            <source>Short description</source>
            <extracomment>documents[].title: label</extracomment>
            <translation>وصف قصير</translation>
        </message>
        <message>
            <source>For example 'Receipt notice for I-485'. It is printed in the list of documents.</source>
            <extracomment>documents[].title: help</extracomment>
            <translation>مثلًا «إشعار استلام I-485». يُطبع في قائمة المستندات.</translation>
        </message>
        <message>
            <source>File name</source>
            <extracomment>documents[].original_filename: label</extracomment>
            <translation>اسم الملف</translation>
        </message>
        <message>
            <source>The name of the file you added.</source>
            <extracomment>documents[].original_filename: help</extracomment>
            <translation>اسم الملف الذي أضفته.</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>documents[].pages: label</extracomment>
            <translation>الصفحات</translation>
        </message>
        <message>
            <source>Counted by the app.</source>
            <extracomment>documents[].pages: help</extracomment>
            <translation>يحسبها التطبيق.</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <extracomment>documents[].sha256: label</extracomment>
            <translation>بصمة الملف (SHA-256)</translation>
        </message>
        <message>
            <source>Lets the app check the stored copy has not changed.</source>
            <extracomment>documents[].sha256: help</extracomment>
            <translation>تتيح للتطبيق التحقق من أن النسخة المحفوظة لم تتغير.</translation>
        </message>
        <message>
            <source>Added on</source>
            <extracomment>documents[].added_on: label</extracomment>
            <translation>تاريخ الإضافة</translation>
        </message>
        <message>
            <source>The day the file was added.</source>
            <extracomment>documents[].added_on: help</extracomment>
            <translation>اليوم الذي أُضيف فيه الملف.</translation>
        </message>
        <message>
            <source>Consent</source>
            <extracomment>section consent: title</extracomment>
            <translation>الموافقة</translation>
        </message>
        <message>
            <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice below first.</source>
            <extracomment>section consent: intro</extracomment>
            <translation>يحتاج أمين المظالم إلى إذن من صاحب القضية للاطلاع على سجلاته لدى USCIS والتحدث مع USCIS بشأنها. اقرأ أولًا إشعار قانون الخصوصية (Privacy Act) أدناه.</translation>
        </message>
        <message>
            <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
            <extracomment>consent.agreed: label</extracomment>
            <translation>يوافق الشخص على أن يحصل أمين المظالم على معلوماته ويشاركها مع USCIS لحل هذه المشكلة</translation>
        </message>
        <message>
            <source>The law keeps USCIS records private. The Ombudsman can only look at the case if the person says yes.</source>
            <extracomment>consent.agreed: help</extracomment>
            <translation>يحفظ القانون سرّية سجلات USCIS. ولا يستطيع أمين المظالم الاطلاع على القضية إلا إذا وافق الشخص.</translation>
        </message>
        <message>
            <source>How will the person sign?</source>
            <extracomment>consent.signature_method: label</extracomment>
            <translation>كيف سيوقّع الشخص؟</translation>
        </message>
        <message>
            <source>Draw the signature, type it as /s/ and the name, or print the page and sign it by hand. For T, U, VAWA, asylum and refugee cases only the ink signature is allowed.</source>
            <extracomment>consent.signature_method: help</extracomment>
            <translation>ارسم التوقيع، أو اكتبه بصيغة /s/ ثم الاسم، أو اطبع الصفحة ووقّعها باليد. في قضايا T وU وVAWA واللجوء واللاجئين لا يُقبل إلا التوقيع بالحبر.</translation>
        </message>
        <message>
            <source>Draw it on the screen</source>
            <extracomment>consent.signature_method = drawn</extracomment>
            <translation>ارسمه على الشاشة</translation>
        </message>
        <message>
            <source>Type it (/s/ Name)</source>
            <extracomment>consent.signature_method = typed</extracomment>
            <translation>اكتبه (/s/ الاسم)</translation>
        </message>
        <message>
            <source>Print, sign in ink, and scan</source>
            <extracomment>consent.signature_method = wet_ink</extracomment>
            <translation>اطبع ووقّع بالحبر ثم امسح ضوئيًا</translation>
        </message>
        <message>
            <source>Name of the person signing</source>
            <extracomment>consent.signer_name: label</extracomment>
            <translation>اسم الموقّع</translation>
        </message>
        <message>
            <source>The person with the case signs, or for an employer someone allowed to sign for it.</source>
            <extracomment>consent.signer_name: help</extracomment>
            <translation>يوقّع صاحب القضية، أو في حالة صاحب العمل شخص مخوّل بالتوقيع عنه.</translation>
        </message>
        <message>
            <source>Date signed</source>
            <extracomment>consent.signed_on: label</extracomment>
            <translation>تاريخ التوقيع</translation>
        </message>
        <message>
            <source>The day the person signed.</source>
            <extracomment>consent.signed_on: help</extracomment>
            <translation>اليوم الذي وقّع فيه الشخص.</translation>
        </message>
        <message>
            <source>Preparer or interpreter statement</source>
            <extracomment>consent.preparer_statement: label</extracomment>
            <translation>إقرار من أعدّ النموذج أو ترجمه</translation>
        </message>
        <message>
            <source>If someone else filled in this form or read it to the person, write their name and the language, for example: 'Prepared by Minh Tran, read to the subject in Vietnamese.' It shows the person understood what they signed.</source>
            <extracomment>consent.preparer_statement: help</extracomment>
            <translation>إذا ملأ شخص آخر هذا النموذج أو قرأه على الشخص، فاكتب اسمه واللغة، مثلًا: «أعدّه Minh Tran، وقُرئ على صاحب الطلب باللغة الفيتنامية». يبيّن هذا أن الشخص فهم ما وقّعه.</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>T and U</source>
            <translation>T وU</translation>
        </message>
        <message>
            <source>T and U are kinds of visa: T for victims of human trafficking, U for victims of certain crimes who help the police.</source>
            <translation>T وU نوعان من التأشيرات: T لضحايا الاتجار بالبشر، وU لضحايا جرائم معيّنة ممن يساعدون الشرطة.</translation>
        </message>
        <message>
            <source>VAWA (Violence Against Women Act): a way for people abused by a U.S. citizen or permanent resident family member to apply on their own, without the abuser.</source>
            <translation>VAWA (قانون مكافحة العنف ضد المرأة): طريقة تتيح لمن يتعرّض للإساءة من فرد في عائلته مواطن أمريكي أو مقيم دائم أن يقدّم الطلب بنفسه، دون المسيء.</translation>
        </message>
        <message>
            <source>asylee, refugee</source>
            <translation>اللاجئ السياسي، اللاجئ</translation>
        </message>
        <message>
            <source>A refugee was given protection before coming to the United States; an asylee asked for it (asylum) after arriving. Both fear harm in their home country.</source>
            <translation>اللاجئ حصل على الحماية قبل مجيئه إلى الولايات المتحدة؛ أما طالب اللجوء السياسي فطلبها (اللجوء) بعد وصوله. وكلاهما يخشى الأذى في بلده.</translation>
        </message>
        <message>
            <source>InfoPass is the old name of an in-person appointment at a USCIS office, made through the USCIS Contact Center.</source>
            <translation>InfoPass هو الاسم القديم لموعد حضوري في مكتب USCIS، يُحجز عبر مركز اتصال USCIS.</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website for asking about a case, for example when it is past the normal processing time. USCIS answers by email.</source>
            <translation>e-Request نموذج على موقع USCIS للسؤال عن قضية، مثلًا عندما تتجاوز مدة المعالجة المعتادة. وتردّ USCIS بالبريد الإلكتروني.</translation>
        </message>
        <message>
            <source>Form G-28 is the form a lawyer or accredited representative signs with the person to show USCIS and the Ombudsman that they represent them.</source>
            <translation>النموذج G-28 هو النموذج الذي يوقّعه المحامي أو الممثل المعتمد مع الشخص ليُثبت لـUSCIS ولأمين المظالم أنه يمثّله.</translation>
        </message>
        <message>
            <source>beneficiary, petitioner</source>
            <translation>المستفيد، مقدّم الالتماس</translation>
        </message>
        <message>
            <source>The petitioner files a petition for someone else (a relative, a worker); that person is the beneficiary.</source>
            <translation>مقدّم الالتماس يقدّم التماسًا لشخص آخر (قريب، عامل)؛ وذلك الشخص هو المستفيد.</translation>
        </message>
        <message>
            <source>accredited representative</source>
            <translation>الممثل المعتمد</translation>
        </message>
        <message>
            <source>An accredited representative is not a lawyer but is allowed by the Justice Department to give immigration legal help, working for a recognized nonprofit organization.</source>
            <translation>الممثل المعتمد ليس محاميًا، لكن وزارة العدل تسمح له بتقديم المساعدة القانونية في الهجرة، وهو يعمل لدى منظمة غير ربحية معترف بها.</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>رقم الإيصال</translation>
        </message>
        <message>
            <source>The receipt number is on the notice USCIS sent after getting an application: three letters and ten digits, for example IOE0912345678.</source>
            <translation>رقم الإيصال موجود في الإشعار الذي أرسلته USCIS بعد استلام الطلب: ثلاثة أحرف وعشرة أرقام، مثل IOE0912345678.</translation>
        </message>
        <message>
            <source>The A-Number (Alien Registration Number) is the person's own USCIS number: an A and 8 or 9 digits, on a green card, work permit or USCIS notices.</source>
            <translation>رقم A (رقم تسجيل الأجنبي) هو رقم الشخص الخاص لدى USCIS: حرف A و8 أو 9 أرقام، على البطاقة الخضراء أو تصريح العمل أو إشعارات USCIS.</translation>
        </message>
        <message>
            <source>“ex.” means “for example”.</source>
            <translation>«مثل:» تعني «على سبيل المثال».</translation>
        </message>
    </context>
    <context>
        <name>pdf_printing</name>
        <message>
            <source>The packet could not be opened for printing. Make the package again.</source>
            <translation>تعذّر فتح الحزمة للطباعة. أعدّ الحزمة مرة أخرى.</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>اطبع حزمة البريد</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is on and try again.</source>
            <translation>تعذّر تشغيل الطابعة. تحقّق من أنها تعمل وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Printing was cancelled. Pages already sent to the printer may still print.</source>
            <translation>أُلغيت الطباعة. قد تُطبع الصفحات التي أُرسلت إلى الطابعة بالفعل.</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>جارٍ الطباعة</translation>
        </message>
        <message>
            <source>Printing page {page} of {total}…</source>
            <translation>جارٍ طباعة الصفحة {page} من {total}…</translation>
        </message>
        <message>
            <source>A page could not be prepared for printing. Make the package again.</source>
            <translation>تعذّر تجهيز صفحة للطباعة. أعدّ الحزمة مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>us_states</name>
        <message>
            <source>Alabama</source>
            <extracomment>US state or territory AL (postal code)</extracomment>
            <translation>ألاباما</translation>
        </message>
        <message>
            <source>Alaska</source>
            <extracomment>US state or territory AK (postal code)</extracomment>
            <translation>ألاسكا</translation>
        </message>
        <message>
            <source>Arizona</source>
            <extracomment>US state or territory AZ (postal code)</extracomment>
            <translation>أريزونا</translation>
        </message>
        <message>
            <source>Arkansas</source>
            <extracomment>US state or territory AR (postal code)</extracomment>
            <translation>أركنساس</translation>
        </message>
        <message>
            <source>California</source>
            <extracomment>US state or territory CA (postal code)</extracomment>
            <translation>كاليفورنيا</translation>
        </message>
        <message>
            <source>Colorado</source>
            <extracomment>US state or territory CO (postal code)</extracomment>
            <translation>كولورادو</translation>
        </message>
        <message>
            <source>Connecticut</source>
            <extracomment>US state or territory CT (postal code)</extracomment>
            <translation>كونيتيكت</translation>
        </message>
        <message>
            <source>Delaware</source>
            <extracomment>US state or territory DE (postal code)</extracomment>
            <translation>ديلاوير</translation>
        </message>
        <message>
            <source>District of Columbia</source>
            <extracomment>US state or territory DC (postal code)</extracomment>
            <translation>مقاطعة كولومبيا</translation>
        </message>
        <message>
            <source>Florida</source>
            <extracomment>US state or territory FL (postal code)</extracomment>
            <translation>فلوريدا</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>US state or territory GA (postal code)</extracomment>
            <translation>جورجيا</translation>
        </message>
        <message>
            <source>Hawaii</source>
            <extracomment>US state or territory HI (postal code)</extracomment>
            <translation>هاواي</translation>
        </message>
        <message>
            <source>Idaho</source>
            <extracomment>US state or territory ID (postal code)</extracomment>
            <translation>أيداهو</translation>
        </message>
        <message>
            <source>Illinois</source>
            <extracomment>US state or territory IL (postal code)</extracomment>
            <translation>إلينوي</translation>
        </message>
        <message>
            <source>Indiana</source>
            <extracomment>US state or territory IN (postal code)</extracomment>
            <translation>إنديانا</translation>
        </message>
        <message>
            <source>Iowa</source>
            <extracomment>US state or territory IA (postal code)</extracomment>
            <translation>آيوا</translation>
        </message>
        <message>
            <source>Kansas</source>
            <extracomment>US state or territory KS (postal code)</extracomment>
            <translation>كانساس</translation>
        </message>
        <message>
            <source>Kentucky</source>
            <extracomment>US state or territory KY (postal code)</extracomment>
            <translation>كنتاكي</translation>
        </message>
        <message>
            <source>Louisiana</source>
            <extracomment>US state or territory LA (postal code)</extracomment>
            <translation>لويزيانا</translation>
        </message>
        <message>
            <source>Maine</source>
            <extracomment>US state or territory ME (postal code)</extracomment>
            <translation>مين</translation>
        </message>
        <message>
            <source>Maryland</source>
            <extracomment>US state or territory MD (postal code)</extracomment>
            <translation>ماريلاند</translation>
        </message>
        <message>
            <source>Massachusetts</source>
            <extracomment>US state or territory MA (postal code)</extracomment>
            <translation>ماساتشوستس</translation>
        </message>
        <message>
            <source>Michigan</source>
            <extracomment>US state or territory MI (postal code)</extracomment>
            <translation>ميشيغان</translation>
        </message>
        <message>
            <source>Minnesota</source>
            <extracomment>US state or territory MN (postal code)</extracomment>
            <translation>مينيسوتا</translation>
        </message>
        <message>
            <source>Mississippi</source>
            <extracomment>US state or territory MS (postal code)</extracomment>
            <translation>ميسيسيبي</translation>
        </message>
        <message>
            <source>Missouri</source>
            <extracomment>US state or territory MO (postal code)</extracomment>
            <translation>ميزوري</translation>
        </message>
        <message>
            <source>Montana</source>
            <extracomment>US state or territory MT (postal code)</extracomment>
            <translation>مونتانا</translation>
        </message>
        <message>
            <source>Nebraska</source>
            <extracomment>US state or territory NE (postal code)</extracomment>
            <translation>نبراسكا</translation>
        </message>
        <message>
            <source>Nevada</source>
            <extracomment>US state or territory NV (postal code)</extracomment>
            <translation>نيفادا</translation>
        </message>
        <message>
            <source>New Hampshire</source>
            <extracomment>US state or territory NH (postal code)</extracomment>
            <translation>نيوهامشير</translation>
        </message>
        <message>
            <source>New Jersey</source>
            <extracomment>US state or territory NJ (postal code)</extracomment>
            <translation>نيوجيرسي</translation>
        </message>
        <message>
            <source>New Mexico</source>
            <extracomment>US state or territory NM (postal code)</extracomment>
            <translation>نيومكسيكو</translation>
        </message>
        <message>
            <source>New York</source>
            <extracomment>US state or territory NY (postal code)</extracomment>
            <translation>نيويورك</translation>
        </message>
        <message>
            <source>North Carolina</source>
            <extracomment>US state or territory NC (postal code)</extracomment>
            <translation>كارولاينا الشمالية</translation>
        </message>
        <message>
            <source>North Dakota</source>
            <extracomment>US state or territory ND (postal code)</extracomment>
            <translation>داكوتا الشمالية</translation>
        </message>
        <message>
            <source>Ohio</source>
            <extracomment>US state or territory OH (postal code)</extracomment>
            <translation>أوهايو</translation>
        </message>
        <message>
            <source>Oklahoma</source>
            <extracomment>US state or territory OK (postal code)</extracomment>
            <translation>أوكلاهوما</translation>
        </message>
        <message>
            <source>Oregon</source>
            <extracomment>US state or territory OR (postal code)</extracomment>
            <translation>أوريغون</translation>
        </message>
        <message>
            <source>Pennsylvania</source>
            <extracomment>US state or territory PA (postal code)</extracomment>
            <translation>بنسلفانيا</translation>
        </message>
        <message>
            <source>Rhode Island</source>
            <extracomment>US state or territory RI (postal code)</extracomment>
            <translation>رود آيلاند</translation>
        </message>
        <message>
            <source>South Carolina</source>
            <extracomment>US state or territory SC (postal code)</extracomment>
            <translation>كارولاينا الجنوبية</translation>
        </message>
        <message>
            <source>South Dakota</source>
            <extracomment>US state or territory SD (postal code)</extracomment>
            <translation>داكوتا الجنوبية</translation>
        </message>
        <message>
            <source>Tennessee</source>
            <extracomment>US state or territory TN (postal code)</extracomment>
            <translation>تينيسي</translation>
        </message>
        <message>
            <source>Texas</source>
            <extracomment>US state or territory TX (postal code)</extracomment>
            <translation>تكساس</translation>
        </message>
        <message>
            <source>Utah</source>
            <extracomment>US state or territory UT (postal code)</extracomment>
            <translation>يوتا</translation>
        </message>
        <message>
            <source>Vermont</source>
            <extracomment>US state or territory VT (postal code)</extracomment>
            <translation>فيرمونت</translation>
        </message>
        <message>
            <source>Virginia</source>
            <extracomment>US state or territory VA (postal code)</extracomment>
            <translation>فرجينيا</translation>
        </message>
        <message>
            <source>Washington</source>
            <extracomment>US state or territory WA (postal code)</extracomment>
            <translation>واشنطن</translation>
        </message>
        <message>
            <source>West Virginia</source>
            <extracomment>US state or territory WV (postal code)</extracomment>
            <translation>فرجينيا الغربية</translation>
        </message>
        <message>
            <source>Wisconsin</source>
            <extracomment>US state or territory WI (postal code)</extracomment>
            <translation>ويسكونسن</translation>
        </message>
        <message>
            <source>Wyoming</source>
            <extracomment>US state or territory WY (postal code)</extracomment>
            <translation>وايومنغ</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>US state or territory AS (postal code)</extracomment>
            <translation>صاموا الأمريكيّة</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>US state or territory GU (postal code)</extracomment>
            <translation>جوام</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>US state or territory MP (postal code)</extracomment>
            <translation>جزر ماريانا الشّماليّة</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>US state or territory PR (postal code)</extracomment>
            <translation>بورتوريكو</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <extracomment>US state or territory VI (postal code)</extracomment>
            <translation>جزر فيرجن الأمريكية</translation>
        </message>
        <message>
            <source>U.S. Minor Outlying Islands</source>
            <extracomment>US state or territory UM (postal code)</extracomment>
            <translation>جزر الولايات المتحدة الصغيرة النائية</translation>
        </message>
        <message>
            <source>Federated States of Micronesia</source>
            <extracomment>US state or territory FM (postal code)</extracomment>
            <translation>ولايات ميكرونيزيا الموحدة</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>US state or territory MH (postal code)</extracomment>
            <translation>جزر المارشال</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>US state or territory PW (postal code)</extracomment>
            <translation>بالاو</translation>
        </message>
        <message>
            <source>Armed Forces Americas (AA)</source>
            <extracomment>US state or territory AA (postal code)</extracomment>
            <translation>القوات المسلحة: الأمريكتان (AA)</translation>
        </message>
        <message>
            <source>Armed Forces Europe, Middle East, Africa, Canada (AE)</source>
            <extracomment>US state or territory AE (postal code)</extracomment>
            <translation>القوات المسلحة: أوروبا والشرق الأوسط وأفريقيا وكندا (AE)</translation>
        </message>
        <message>
            <source>Armed Forces Pacific (AP)</source>
            <extracomment>US state or territory AP (postal code)</extracomment>
            <translation>القوات المسلحة: المحيط الهادئ (AP)</translation>
        </message>
    </context>
</TS>
