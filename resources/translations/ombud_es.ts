<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
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
        <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose &apos;Print, sign in ink, and scan&apos;.</source>
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
        <source>Give USCIS&apos;s posted processing time in months, so we can show how long past it your case is.</source>
        <extracomment>finding code processing.posted_time_missing</extracomment>
        <translation>Escriba el tiempo de trámite publicado por USCIS, en meses, para mostrar cuánto se ha pasado su caso.</translation>
    </message>
    <message>
        <source>Add the receipt date of your application, so we can count how long it has waited.</source>
        <extracomment>finding code processing.receipt_date_missing</extracomment>
        <translation>Agregue la fecha de recibo de su solicitud, para contar cuánto tiempo ha esperado.</translation>
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
        <source>Please answer: {label}.</source>
        <extracomment>finding code required</extracomment>
        <translation>Por favor responda: {label}.</translation>
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
        <source>This answer has the wrong kind of value: it should be {expected}.</source>
        <extracomment>finding code type.wrong</extracomment>
        <translation>Esta respuesta tiene un tipo de valor equivocado: debería ser {expected}.</translation>
    </message>
    <message>
        <source>Ombud Desktop does not know the answer {field}. It is kept, but it is not printed on the form. Check the spelling of its name.</source>
        <extracomment>finding code unknown_field</extracomment>
        <translation>Ombud Desktop no conoce la respuesta {field}. Se guarda, pero no se imprime en el formulario. Revise cómo está escrito su nombre.</translation>
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
        <source>My case has waited longer than USCIS&apos;s posted processing time</source>
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
        <source>USCIS&apos;s posted processing time (months)</source>
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
        <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person&apos;s written consent.</source>
        <extracomment>section submitter: intro</extracomment>
        <translation>Puede pedir ayuda para usted, o ayudar a otra persona a pedirla. Un abogado necesita el Formulario G-28 en el archivo de USCIS; cualquier otra persona que ayude necesita el consentimiento por escrito de la persona.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <extracomment>submitter.role: label</extracomment>
        <translation>¿Quién es usted?</translation>
    </message>
    <message>
        <source>The Ombudsman needs to know who is asking, because it can only talk about a case with the person or with someone they allowed.</source>
        <extracomment>submitter.role: help</extracomment>
        <translation>El Ombudsman necesita saber quién pregunta, porque solo puede hablar de un caso con la persona o con alguien que ella autorizó.</translation>
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
        <source>Accredited representatives: your recognized organization and accreditation.</source>
        <extracomment>submitter.accreditation: help</extracomment>
        <translation>Representantes acreditados: su organización reconocida y su acreditación.</translation>
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
        <source>So the Ombudsman can plan a call in the person&apos;s language.</source>
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
        <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person&apos;s details. Otherwise skip this page.</source>
        <extracomment>section beneficiary: intro</extracomment>
        <translation>Algunas peticiones se presentan para otra persona, como un familiar o un trabajador. Si es así, dé los datos de esa persona. Si no, salte esta página.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s first name</source>
        <extracomment>beneficiary.first_name: label</extracomment>
        <translation>Nombre del beneficiario</translation>
    </message>
    <message>
        <source>The person the petition is for.</source>
        <extracomment>beneficiary.first_name: help</extracomment>
        <translation>La persona para quien es la petición.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s last name</source>
        <extracomment>beneficiary.last_name: label</extracomment>
        <translation>Apellido del beneficiario</translation>
    </message>
    <message>
        <source>As on the petition.</source>
        <extracomment>beneficiary.last_name: help</extracomment>
        <translation>Como está en la petición.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s date of birth</source>
        <extracomment>beneficiary.date_of_birth: label</extracomment>
        <translation>Fecha de nacimiento del beneficiario</translation>
    </message>
    <message>
        <source>Helps USCIS find the right person.</source>
        <extracomment>beneficiary.date_of_birth: help</extracomment>
        <translation>Ayuda a USCIS a encontrar a la persona correcta.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s A-Number (if any)</source>
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
        <source>If you never got a receipt notice, say so here, for example &apos;filed 5 months ago, no receipt notice yet&apos;. The Ombudsman needs this to look for the case.</source>
        <extracomment>filings[].no_receipt_reason: help</extracomment>
        <translation>Si nunca recibió un aviso de recibo, dígalo aquí, por ejemplo «lo presenté hace 5 meses, todavía no hay aviso de recibo». El Ombudsman lo necesita para buscar el caso.</translation>
    </message>
    <message>
        <source>Receipt date</source>
        <extracomment>filings[].receipt_date: label</extracomment>
        <translation>Fecha de recibo</translation>
    </message>
    <message>
        <source>The &apos;Received Date&apos; on the receipt notice. We use it to count how long the case has been waiting.</source>
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
        <source>You chose &apos;Other&apos;: say in a few words what you asked USCIS for.</source>
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
        <source>For example &apos;Receipt notice for I-485&apos;. It is printed in the list of documents.</source>
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
        <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice beside it.</source>
        <extracomment>section consent: intro</extracomment>
        <translation>El Ombudsman necesita el permiso de la persona del caso para ver sus registros de USCIS y hablar con USCIS sobre ellos. Lea el aviso de la Ley de Privacidad (Privacy Act) que está al lado.</translation>
    </message>
    <message>
        <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
        <extracomment>consent.agreed: label</extracomment>
        <translation>La persona permite que el Ombudsman obtenga su información y la comparta con USCIS para resolver este problema</translation>
    </message>
    <message>
        <source>Without this permission the Ombudsman cannot work on the case, because privacy law protects USCIS records.</source>
        <extracomment>consent.agreed: help</extracomment>
        <translation>Sin este permiso el Ombudsman no puede trabajar en el caso, porque la ley de privacidad protege los registros de USCIS.</translation>
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
        <source>The day of the signature. The consent must be recent.</source>
        <extracomment>consent.signed_on: help</extracomment>
        <translation>El día de la firma. El consentimiento debe ser reciente.</translation>
    </message>
    <message>
        <source>Preparer or interpreter statement</source>
        <extracomment>consent.preparer_statement: label</extracomment>
        <translation>Declaración de quien preparó o interpretó</translation>
    </message>
    <message>
        <source>If someone else filled in this form or read it to the person, write their name and the language, for example: &apos;Prepared by Minh Tran, read to the subject in Vietnamese.&apos; It shows the person understood what they signed.</source>
        <extracomment>consent.preparer_statement: help</extracomment>
        <translation>Si otra persona llenó este formulario o se lo leyó a la persona, escriba su nombre y el idioma, por ejemplo: «Preparado por Minh Tran, leído a la persona en vietnamita.» Muestra que la persona entendió lo que firmó.</translation>
    </message>
</context>
</TS>
