<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_US">
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
    <name>findings</name>
    <message>
        <source>An A-Number is the letter A and 7 to 9 digits, like A123-456-789.</source>
        <extracomment>finding code a_number.format</extracomment>
        <translation>رقم A (A-Number) هو الحرف A يليه من 7 إلى 9 أرقام، مثل A123-456-789.</translation>
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
        <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose &apos;Print, sign in ink, and scan&apos;.</source>
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
        <source>Give USCIS&apos;s posted processing time in months, so we can show how long past it your case is.</source>
        <extracomment>finding code processing.posted_time_missing</extracomment>
        <translation>اكتب مدة المعالجة التي نشرتها USCIS بالأشهر، حتى نبيّن كم تجاوزتها قضيتك.</translation>
    </message>
    <message>
        <source>Add the receipt date of your application, so we can count how long it has waited.</source>
        <extracomment>finding code processing.receipt_date_missing</extracomment>
        <translation>أضف تاريخ استلام طلبك، حتى نحسب كم انتظر.</translation>
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
        <source>Please answer: {label}.</source>
        <extracomment>finding code required</extracomment>
        <translation>يُرجى الإجابة: {label}.</translation>
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
        <source>This answer has the wrong kind of value: it should be {expected}.</source>
        <extracomment>finding code type.wrong</extracomment>
        <translation>نوع قيمة هذه الإجابة غير صحيح: يجب أن تكون {expected}.</translation>
    </message>
    <message>
        <source>Ombud Desktop does not know the answer {field}. It is kept, but it is not printed on the form. Check the spelling of its name.</source>
        <extracomment>finding code unknown_field</extracomment>
        <translation>لا يعرف Ombud Desktop الإجابة {field}. ستُحفظ، لكنها لن تُطبع في النموذج. تحقّق من كتابة اسمها.</translation>
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
        <translation>هل يستطيع أمين المظالم (Ombudsman) المساعدة؟</translation>
    </message>
    <message>
        <source>The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or went wrong. A few questions first show whether it can help with yours.</source>
        <extracomment>section screening: intro</extracomment>
        <translation>أمين مظالم CIS (CIS Ombudsman) مكتب صغير يساعد عندما تتعثر قضية لدى USCIS أو يحدث فيها خطأ. بضعة أسئلة أولًا تبيّن هل يستطيع المساعدة في قضيتك.</translation>
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
        <source>My case has waited longer than USCIS&apos;s posted processing time</source>
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
        <source>USCIS&apos;s posted processing time (months)</source>
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
        <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person&apos;s written consent.</source>
        <extracomment>section submitter: intro</extracomment>
        <translation>يمكنك طلب المساعدة لنفسك، أو مساعدة شخص آخر على طلبها. يحتاج المحامي إلى النموذج G-28 محفوظًا لدى USCIS؛ وأي شخص آخر يساعد يحتاج إلى موافقة مكتوبة من الشخص.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <extracomment>submitter.role: label</extracomment>
        <translation>من أنت؟</translation>
    </message>
    <message>
        <source>The Ombudsman needs to know who is asking, because it can only talk about a case with the person or with someone they allowed.</source>
        <extracomment>submitter.role: help</extracomment>
        <translation>يحتاج أمين المظالم إلى معرفة من يطلب، لأنه لا يستطيع الحديث عن قضية إلا مع صاحبها أو مع من أذن له.</translation>
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
        <source>Accredited representatives: your recognized organization and accreditation.</source>
        <extracomment>submitter.accreditation: help</extracomment>
        <translation>للممثلين المعتمدين: منظمتك المعترف بها واعتمادك.</translation>
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
        <translation>السيد (Mr.)</translation>
    </message>
    <message>
        <source>Ms.</source>
        <extracomment>subject.title = Ms.</extracomment>
        <translation>السيدة (Ms.)</translation>
    </message>
    <message>
        <source>Mx.</source>
        <extracomment>subject.title = Mx.</extracomment>
        <translation>Mx.</translation>
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
        <translation>رقم A (A-Number) إن وُجد</translation>
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
        <source>So the Ombudsman can plan a call in the person&apos;s language.</source>
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
        <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person&apos;s details. Otherwise skip this page.</source>
        <extracomment>section beneficiary: intro</extracomment>
        <translation>بعض العرائض تُقدَّم لشخص آخر، مثل قريب أو عامل. إن كان الأمر كذلك، فاذكر بيانات ذلك الشخص. وإلا فتخطَّ هذه الصفحة.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s first name</source>
        <extracomment>beneficiary.first_name: label</extracomment>
        <translation>الاسم الأول للمستفيد</translation>
    </message>
    <message>
        <source>The person the petition is for.</source>
        <extracomment>beneficiary.first_name: help</extracomment>
        <translation>الشخص الذي قُدّمت العريضة من أجله.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s last name</source>
        <extracomment>beneficiary.last_name: label</extracomment>
        <translation>اسم عائلة المستفيد</translation>
    </message>
    <message>
        <source>As on the petition.</source>
        <extracomment>beneficiary.last_name: help</extracomment>
        <translation>كما هو في العريضة.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s date of birth</source>
        <extracomment>beneficiary.date_of_birth: label</extracomment>
        <translation>تاريخ ميلاد المستفيد</translation>
    </message>
    <message>
        <source>Helps USCIS find the right person.</source>
        <extracomment>beneficiary.date_of_birth: help</extracomment>
        <translation>يساعد USCIS على إيجاد الشخص الصحيح.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s A-Number (if any)</source>
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
        <source>If you never got a receipt notice, say so here, for example &apos;filed 5 months ago, no receipt notice yet&apos;. The Ombudsman needs this to look for the case.</source>
        <extracomment>filings[].no_receipt_reason: help</extracomment>
        <translation>إذا لم يصلك إشعار استلام أبدًا، فاذكر ذلك هنا، مثلًا «قُدّم قبل 5 أشهر، ولم يصل إشعار استلام بعد». يحتاج أمين المظالم إلى هذا للبحث عن القضية.</translation>
    </message>
    <message>
        <source>Receipt date</source>
        <extracomment>filings[].receipt_date: label</extracomment>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>The &apos;Received Date&apos; on the receipt notice. We use it to count how long the case has been waiting.</source>
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
        <source>You chose &apos;Other&apos;: say in a few words what you asked USCIS for.</source>
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
        <source>For example &apos;Receipt notice for I-485&apos;. It is printed in the list of documents.</source>
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
        <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice beside it.</source>
        <extracomment>section consent: intro</extracomment>
        <translation>يحتاج أمين المظالم إلى إذن من صاحب القضية للاطلاع على سجلاته لدى USCIS والتحدث مع USCIS بشأنها. اقرأ إشعار قانون الخصوصية (Privacy Act) المجاور.</translation>
    </message>
    <message>
        <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
        <extracomment>consent.agreed: label</extracomment>
        <translation>يوافق الشخص على أن يحصل أمين المظالم على معلوماته ويشاركها مع USCIS لحل هذه المشكلة</translation>
    </message>
    <message>
        <source>Without this permission the Ombudsman cannot work on the case, because privacy law protects USCIS records.</source>
        <extracomment>consent.agreed: help</extracomment>
        <translation>من دون هذا الإذن لا يستطيع أمين المظالم العمل على القضية، لأن قانون الخصوصية يحمي سجلات USCIS.</translation>
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
        <source>The day of the signature. The consent must be recent.</source>
        <extracomment>consent.signed_on: help</extracomment>
        <translation>يوم التوقيع. يجب أن تكون الموافقة حديثة.</translation>
    </message>
    <message>
        <source>Preparer or interpreter statement</source>
        <extracomment>consent.preparer_statement: label</extracomment>
        <translation>إقرار من أعدّ النموذج أو ترجمه</translation>
    </message>
    <message>
        <source>If someone else filled in this form or read it to the person, write their name and the language, for example: &apos;Prepared by Minh Tran, read to the subject in Vietnamese.&apos; It shows the person understood what they signed.</source>
        <extracomment>consent.preparer_statement: help</extracomment>
        <translation>إذا ملأ شخص آخر هذا النموذج أو قرأه على الشخص، فاكتب اسمه واللغة، مثلًا: «أعدّه Minh Tran، وقُرئ على صاحب الطلب باللغة الفيتنامية». يبيّن هذا أن الشخص فهم ما وقّعه.</translation>
    </message>
</context>
</TS>
