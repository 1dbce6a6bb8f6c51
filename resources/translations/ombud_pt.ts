<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en_US">
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
        <translation>Escolha o idioma do aplicativo. Cada idioma aparece escrito nele mesmo.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>An A-Number is the letter A and 7 to 9 digits, like A123-456-789.</source>
        <extracomment>finding code a_number.format</extracomment>
        <translation>Um A-Number (Número A) é a letra A e de 7 a 9 números, por exemplo A123-456-789.</translation>
    </message>
    <message>
        <source>Give the date of this contact with USCIS. It shows whether USCIS has had time to fix the problem.</source>
        <extracomment>finding code actions_taken.date_missing</extracomment>
        <translation>Informe a data deste contato com o USCIS. Ela mostra se o USCIS teve tempo de resolver o problema.</translation>
    </message>
    <message>
        <source>{value} is not one of the choices here. Pick one from the list.</source>
        <extracomment>finding code choice.unknown</extracomment>
        <translation>{value} não é uma das opções. Escolha uma da lista.</translation>
    </message>
    <message>
        <source>When you help someone else, they must agree to and sign the consent on this form, or you must attach their signed consent (document type: Signed consent).</source>
        <extracomment>finding code consent.helper_required</extracomment>
        <translation>Se você ajuda outra pessoa, ela precisa aceitar e assinar o consentimento deste formulário, ou você precisa anexar o consentimento assinado dela (tipo de documento: Consentimento assinado).</translation>
    </message>
    <message>
        <source>The person with the case must agree to the consent. Without it the Ombudsman cannot work on the case.</source>
        <extracomment>finding code consent.not_agreed</extracomment>
        <translation>A pessoa do caso precisa aceitar o consentimento. Sem ele, o Ombudsman não pode trabalhar no caso.</translation>
    </message>
    <message>
        <source>Say who filled in or read this form to the person, and in which language.</source>
        <extracomment>finding code consent.preparer_statement_missing</extracomment>
        <translation>Diga quem preencheu este formulário ou o leu para a pessoa, e em qual idioma.</translation>
    </message>
    <message>
        <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose &apos;Print, sign in ink, and scan&apos;.</source>
        <extracomment>finding code consent.wet_ink_required</extracomment>
        <translation>Nos casos T, U, VAWA, asilo e refúgio, o consentimento precisa ser assinado à mão, com caneta. Escolha “Imprimir, assinar com caneta e digitalizar”.</translation>
    </message>
    <message>
        <source>Contact USCIS first: call 1-800-375-5283 or send an e-Request. The Ombudsman expects you to have tried USCIS in the last 90 days.</source>
        <extracomment>finding code contact.none</extracomment>
        <translation>Fale primeiro com o USCIS: ligue para 1-800-375-5283 ou envie um e-Request. O Ombudsman espera que você tenha tentado o USCIS nos últimos 90 dias.</translation>
    </message>
    <message>
        <source>Your last contact with USCIS was {days} days ago. The Ombudsman expects a contact in the last 90 days: contact USCIS again first.</source>
        <extracomment>finding code contact.too_old</extracomment>
        <translation>Seu último contato com o USCIS foi há {days} dias. O Ombudsman espera um contato nos últimos 90 dias: fale com o USCIS de novo primeiro.</translation>
    </message>
    <message>
        <source>Your last contact with USCIS was only {days} days ago. The Ombudsman asks you to give USCIS at least 60 days to fix the problem (until {wait_until}).</source>
        <extracomment>finding code contact.too_recent</extracomment>
        <translation>Seu último contato com o USCIS foi há apenas {days} dias. O Ombudsman pede que você dê ao USCIS pelo menos 60 dias para resolver o problema (até {wait_until}).</translation>
    </message>
    <message>
        <source>{value} is not a country we know. It is kept as you typed it; check the spelling or pick a country from the list.</source>
        <extracomment>finding code country.unknown</extracomment>
        <translation>{value} não é um país que conhecemos. Fica guardado como você escreveu; confira a grafia ou escolha um país da lista.</translation>
    </message>
    <message>
        <source>Enter a real date as mm/dd/yyyy, like 03/14/2026.</source>
        <extracomment>finding code date.format</extracomment>
        <translation>Digite uma data real no formato mm/dd/aaaa, por exemplo 03/14/2026.</translation>
    </message>
    <message>
        <source>This date ({date}) is after today. Check it.</source>
        <extracomment>finding code date.future</extracomment>
        <translation>Esta data ({date}) é depois de hoje. Confira.</translation>
    </message>
    <message>
        <source>This does not look like an email address. It should look like name@example.org.</source>
        <extracomment>finding code email.format</extracomment>
        <translation>Isto não parece um e-mail. Deve ser parecido com nome@example.org.</translation>
    </message>
    <message>
        <source>Give the receipt number, or say why there is none.</source>
        <extracomment>finding code filing.no_receipt_reason</extracomment>
        <translation>Informe o número do recibo, ou diga por que não há.</translation>
    </message>
    <message>
        <source>List at least one application or petition you filed with USCIS.</source>
        <extracomment>finding code filings.none</extracomment>
        <translation>Liste pelo menos um pedido ou petição que você apresentou ao USCIS.</translation>
    </message>
    <message>
        <source>{value} does not look like a USCIS form number such as I-130 or N-400. Check the top of the form you filed.</source>
        <extracomment>finding code form_number.format</extracomment>
        <translation>{value} não parece um número de formulário do USCIS como I-130 ou N-400. Veja a parte de cima do formulário que você apresentou.</translation>
    </message>
    <message>
        <source>An attorney or accredited representative must attach a copy of the Form G-28 that is on file with USCIS (document type: Form G-28).</source>
        <extracomment>finding code g28.missing</extracomment>
        <translation>Um advogado ou representante credenciado precisa anexar uma cópia do Formulário G-28 registrado no USCIS (tipo de documento: Formulário G-28).</translation>
    </message>
    <message>
        <source>Enter a number of 0 or more, like 14.</source>
        <extracomment>finding code number.format</extracomment>
        <translation>Digite um número de 0 ou mais, por exemplo 14.</translation>
    </message>
    <message>
        <source>Enter the phone number with its area code, like 202-555-0142, or start with + and the country code for a number outside the U.S.</source>
        <extracomment>finding code phone.format</extracomment>
        <translation>Digite o telefone com o código de área, por exemplo 202-555-0142, ou comece com + e o código do país para um número fora dos EUA.</translation>
    </message>
    <message>
        <source>A U.S. ZIP code is 5 digits, or 5 + 4 digits, like 20528 or 20528-0180.</source>
        <extracomment>finding code postal_code.us_zip</extracomment>
        <translation>Um CEP (ZIP) dos EUA tem 5 números, ou 5 + 4 números, por exemplo 20528 ou 20528-0180.</translation>
    </message>
    <message>
        <source>By these dates the case has waited {months_pending} months, not longer than the posted {posted_months} months. The Ombudsman usually helps only after that time has passed.</source>
        <extracomment>finding code processing.not_past</extracomment>
        <translation>Por estas datas, o caso esperou {months_pending} meses, não mais que os {posted_months} meses publicados. O Ombudsman normalmente só ajuda depois que esse tempo passou.</translation>
    </message>
    <message>
        <source>Give USCIS&apos;s posted processing time in months, so we can show how long past it your case is.</source>
        <extracomment>finding code processing.posted_time_missing</extracomment>
        <translation>Informe o tempo de processamento publicado pelo USCIS, em meses, para mostrarmos quanto seu caso passou dele.</translation>
    </message>
    <message>
        <source>Add the receipt date of your application, so we can count how long it has waited.</source>
        <extracomment>finding code processing.receipt_date_missing</extracomment>
        <translation>Adicione a data de recebimento do seu pedido, para contarmos quanto tempo ele esperou.</translation>
    </message>
    <message>
        <source>You chose emergency or hardship: describe it, so the Ombudsman can see why it is urgent.</source>
        <extracomment>finding code reasons.hardship_description_missing</extracomment>
        <translation>Você escolheu emergência ou dificuldade grave: descreva, para que o Ombudsman veja por que é urgente.</translation>
    </message>
    <message>
        <source>This receipt number is listed twice. Remove one of them.</source>
        <extracomment>finding code receipt_number.duplicate</extracomment>
        <translation>Este número de recibo aparece duas vezes. Remova um deles.</translation>
    </message>
    <message>
        <source>A receipt number is 3 letters and 10 digits, like IOE0912345678. Check it against your receipt notice.</source>
        <extracomment>finding code receipt_number.format</extracomment>
        <translation>Um número de recibo tem 3 letras e 10 números, por exemplo IOE0912345678. Compare com o seu aviso de recebimento.</translation>
    </message>
    <message>
        <source>{prefix} is not a receipt-number start we know. Check the letters on your receipt notice; if they match, keep it.</source>
        <extracomment>finding code receipt_number.unknown_prefix</extracomment>
        <translation>{prefix} não é um início de número de recibo que conhecemos. Confira as letras no seu aviso de recebimento; se forem iguais, deixe assim.</translation>
    </message>
    <message>
        <source>Please answer: {label}.</source>
        <extracomment>finding code required</extracomment>
        <translation>Por favor, responda: {label}.</translation>
    </message>
    <message>
        <source>The Ombudsman cannot change a USCIS decision you disagree with. It can help when USCIS made a mistake or a delay. To challenge a decision, ask a lawyer about an appeal.</source>
        <extracomment>finding code screening.blocker.disagrees_no_error</extracomment>
        <translation>O Ombudsman não pode mudar uma decisão do USCIS com a qual você não concorda. Ele pode ajudar quando o USCIS errou ou atrasou. Para contestar uma decisão, pergunte a um advogado sobre recurso.</translation>
    </message>
    <message>
        <source>The Ombudsman only helps with problems with USCIS. Other agencies, like the State Department or the immigration courts, are not part of its work.</source>
        <extracomment>finding code screening.blocker.not_uscis</extracomment>
        <translation>O Ombudsman só ajuda com problemas com o USCIS. Outros órgãos, como o Departamento de Estado ou os tribunais de imigração, não fazem parte do seu trabalho.</translation>
    </message>
    <message>
        <source>The Ombudsman cannot give legal advice. A lawyer or an accredited representative can.</source>
        <extracomment>finding code screening.blocker.wants_legal_advice</extracomment>
        <translation>O Ombudsman não pode dar orientação jurídica. Um advogado ou um representante credenciado pode.</translation>
    </message>
    <message>
        <source>Choose at least one reason you need help. The Ombudsman helps with delays, mistakes and problems USCIS did not fix.</source>
        <extracomment>finding code screening.no_reason</extracomment>
        <translation>Escolha pelo menos um motivo pelo qual você precisa de ajuda. O Ombudsman ajuda com atrasos, erros e problemas que o USCIS não resolveu.</translation>
    </message>
    <message>
        <source>Give at least one way to reach the person: phone, email, fax or a mailing address.</source>
        <extracomment>finding code subject.no_contact</extracomment>
        <translation>Dê pelo menos uma forma de contato com a pessoa: telefone, e-mail, fax ou endereço para correspondência.</translation>
    </message>
    <message>
        <source>This answer has the wrong kind of value: it should be {expected}.</source>
        <extracomment>finding code type.wrong</extracomment>
        <translation>Esta resposta tem o tipo de valor errado: deveria ser {expected}.</translation>
    </message>
    <message>
        <source>Ombud Desktop does not know the answer {field}. It is kept, but it is not printed on the form. Check the spelling of its name.</source>
        <extracomment>finding code unknown_field</extracomment>
        <translation>O Ombud Desktop não conhece a resposta {field}. Ela fica guardada, mas não é impressa no formulário. Confira a grafia do nome dela.</translation>
    </message>
    <message>
        <source>{value} is not a U.S. state or territory. Pick one from the list.</source>
        <extracomment>finding code us_state.unknown</extracomment>
        <translation>{value} não é um estado ou território dos EUA. Escolha um da lista.</translation>
    </message>
    <message>
        <source>A USCIS online account number has 12 digits.</source>
        <extracomment>finding code uscis_account.format</extracomment>
        <translation>Um número de conta on-line do USCIS tem 12 números.</translation>
    </message>
</context>
<context>
    <name>formspec</name>
    <message>
        <source>Can the Ombudsman help?</source>
        <extracomment>section screening: title</extracomment>
        <translation>O Ombudsman pode ajudar?</translation>
    </message>
    <message>
        <source>The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or went wrong. A few questions first show whether it can help with yours.</source>
        <extracomment>section screening: intro</extracomment>
        <translation>O CIS Ombudsman é um escritório pequeno que ajuda quando um caso com o USCIS está parado ou deu errado. Algumas perguntas mostram primeiro se ele pode ajudar com o seu.</translation>
    </message>
    <message>
        <source>What is happening with your case?</source>
        <extracomment>screening.reasons: label</extracomment>
        <translation>O que está acontecendo com o seu caso?</translation>
    </message>
    <message>
        <source>Pick every line that fits. The Ombudsman only helps with problems like these, so this tells us if this form is the right way to get help.</source>
        <extracomment>screening.reasons: help</extracomment>
        <translation>Marque todas as linhas que se aplicam. O Ombudsman só ajuda com problemas como estes; assim sabemos se este formulário é o caminho certo para pedir ajuda.</translation>
    </message>
    <message>
        <source>An emergency or hardship caused by a USCIS mistake or delay</source>
        <extracomment>screening.reasons = hardship</extracomment>
        <translation>Uma emergência ou dificuldade grave causada por um erro ou atraso do USCIS</translation>
    </message>
    <message>
        <source>I asked USCIS customer service and it is still not fixed</source>
        <extracomment>screening.reasons = unresolved</extracomment>
        <translation>Pedi ajuda ao atendimento do USCIS e ainda não foi resolvido</translation>
    </message>
    <message>
        <source>My case has waited longer than USCIS&apos;s posted processing time</source>
        <extracomment>screening.reasons = beyond_processing_time</extracomment>
        <translation>Meu caso esperou mais que o tempo de processamento publicado pelo USCIS</translation>
    </message>
    <message>
        <source>USCIS made a mistake with my case</source>
        <extracomment>screening.reasons = uscis_error</extracomment>
        <translation>O USCIS cometeu um erro no meu caso</translation>
    </message>
    <message>
        <source>Do any of these fit your situation?</source>
        <extracomment>screening.blockers: label</extracomment>
        <translation>Alguma destas situações é a sua?</translation>
    </message>
    <message>
        <source>Pick any that are true. The Ombudsman cannot help with these, and it is better to know now than to wait for an answer that says no.</source>
        <extracomment>screening.blockers: help</extracomment>
        <translation>Marque as que forem verdade. O Ombudsman não pode ajudar nesses casos, e é melhor saber agora do que esperar uma resposta negativa.</translation>
    </message>
    <message>
        <source>I want legal advice about my case</source>
        <extracomment>screening.blockers = wants_legal_advice</extracomment>
        <translation>Quero orientação jurídica sobre o meu caso</translation>
    </message>
    <message>
        <source>My problem is with another office, not USCIS</source>
        <extracomment>screening.blockers = not_uscis</extracomment>
        <translation>Meu problema é com outro órgão, não com o USCIS</translation>
    </message>
    <message>
        <source>I disagree with a USCIS decision, but I cannot point to a mistake</source>
        <extracomment>screening.blockers = disagrees_no_error</extracomment>
        <translation>Não concordo com uma decisão do USCIS, mas não consigo apontar um erro</translation>
    </message>
    <message>
        <source>I understand the Ombudsman may not be able to help, and I want to send it anyway</source>
        <extracomment>screening.continue_anyway: label</extracomment>
        <translation>Entendo que o Ombudsman talvez não possa ajudar, e quero enviar mesmo assim</translation>
    </message>
    <message>
        <source>Only choose this if you read why the Ombudsman may not be able to help and still want to ask. It keeps you from sending a request by mistake.</source>
        <extracomment>screening.continue_anyway: help</extracomment>
        <translation>Só escolha isto se você leu por que o Ombudsman talvez não possa ajudar e ainda quer pedir. Isso evita enviar um pedido por engano.</translation>
    </message>
    <message>
        <source>What you already did with USCIS</source>
        <extracomment>section actions_taken: title</extracomment>
        <translation>O que você já fez com o USCIS</translation>
    </message>
    <message>
        <source>The Ombudsman asks you to contact USCIS first. It expects that you reached USCIS in the last 90 days, and that you gave USCIS at least 60 days to fix the problem.</source>
        <extracomment>section actions_taken: intro</extracomment>
        <translation>O Ombudsman pede que você fale primeiro com o USCIS. Ele espera que você tenha contatado o USCIS nos últimos 90 dias e que tenha dado ao USCIS pelo menos 60 dias para resolver o problema.</translation>
    </message>
    <message>
        <source>Did you call the USCIS Contact Center (1-800-375-5283)?</source>
        <extracomment>actions_taken.ncsc_called: label</extracomment>
        <translation>Você ligou para a Central de Atendimento do USCIS (1-800-375-5283)?</translation>
    </message>
    <message>
        <source>Calling USCIS is usually the first step. The Ombudsman wants to know what you tried so it does not ask you to do it again.</source>
        <extracomment>actions_taken.ncsc_called: help</extracomment>
        <translation>Ligar para o USCIS costuma ser o primeiro passo. O Ombudsman quer saber o que você tentou para não pedir que faça de novo.</translation>
    </message>
    <message>
        <source>When did you last call?</source>
        <extracomment>actions_taken.ncsc_date: label</extracomment>
        <translation>Quando você ligou pela última vez?</translation>
    </message>
    <message>
        <source>The date of your last call. It shows how long USCIS has had to fix the problem.</source>
        <extracomment>actions_taken.ncsc_date: help</extracomment>
        <translation>A data da sua última ligação. Ela mostra quanto tempo o USCIS teve para resolver o problema.</translation>
    </message>
    <message>
        <source>Service request or referral number</source>
        <extracomment>actions_taken.ncsc_reference: label</extracomment>
        <translation>Número da solicitação de serviço ou de encaminhamento</translation>
    </message>
    <message>
        <source>If USCIS gave you a number for your call, write it here. It helps the Ombudsman find your call in USCIS records.</source>
        <extracomment>actions_taken.ncsc_reference: help</extracomment>
        <translation>Se o USCIS deu um número para a sua ligação, escreva aqui. Isso ajuda o Ombudsman a encontrar a ligação nos registros do USCIS.</translation>
    </message>
    <message>
        <source>Did you check your case status online?</source>
        <extracomment>actions_taken.case_status_checked: label</extracomment>
        <translation>Você verificou a situação do seu caso na internet?</translation>
    </message>
    <message>
        <source>USCIS shows case status on its website. This tells the Ombudsman what USCIS was showing you.</source>
        <extracomment>actions_taken.case_status_checked: help</extracomment>
        <translation>O USCIS mostra a situação dos casos no site. Isso diz ao Ombudsman o que o USCIS estava mostrando para você.</translation>
    </message>
    <message>
        <source>When did you last check it?</source>
        <extracomment>actions_taken.case_status_date: label</extracomment>
        <translation>Quando você verificou pela última vez?</translation>
    </message>
    <message>
        <source>The last date you looked at your case status.</source>
        <extracomment>actions_taken.case_status_date: help</extracomment>
        <translation>A última data em que você olhou a situação do seu caso.</translation>
    </message>
    <message>
        <source>Did you go to a USCIS office appointment (InfoPass)?</source>
        <extracomment>actions_taken.appointment: label</extracomment>
        <translation>Você foi a um atendimento agendado num escritório do USCIS (InfoPass)?</translation>
    </message>
    <message>
        <source>An in-person appointment is another way to ask USCIS for help. Say if you had one.</source>
        <extracomment>actions_taken.appointment: help</extracomment>
        <translation>Um atendimento presencial é outra forma de pedir ajuda ao USCIS. Diga se você teve um.</translation>
    </message>
    <message>
        <source>Date of the appointment</source>
        <extracomment>actions_taken.appointment_date: label</extracomment>
        <translation>Data do atendimento</translation>
    </message>
    <message>
        <source>The date you went to the USCIS office.</source>
        <extracomment>actions_taken.appointment_date: help</extracomment>
        <translation>A data em que você foi ao escritório do USCIS.</translation>
    </message>
    <message>
        <source>Which USCIS office?</source>
        <extracomment>actions_taken.appointment_office: label</extracomment>
        <translation>Qual escritório do USCIS?</translation>
    </message>
    <message>
        <source>The city or name of the office you went to.</source>
        <extracomment>actions_taken.appointment_office: help</extracomment>
        <translation>A cidade ou o nome do escritório aonde você foi.</translation>
    </message>
    <message>
        <source>Did you send USCIS an online request (e-Request)?</source>
        <extracomment>actions_taken.e_request: label</extracomment>
        <translation>Você enviou ao USCIS um pedido on-line (e-Request)?</translation>
    </message>
    <message>
        <source>An e-Request is a form on the USCIS website to ask about a case. Say if you sent one.</source>
        <extracomment>actions_taken.e_request: help</extracomment>
        <translation>O e-Request é um formulário no site do USCIS para perguntar sobre um caso. Diga se você enviou um.</translation>
    </message>
    <message>
        <source>Date of the e-Request</source>
        <extracomment>actions_taken.e_request_date: label</extracomment>
        <translation>Data do e-Request</translation>
    </message>
    <message>
        <source>The date you sent the online request.</source>
        <extracomment>actions_taken.e_request_date: help</extracomment>
        <translation>A data em que você enviou o pedido on-line.</translation>
    </message>
    <message>
        <source>e-Request number</source>
        <extracomment>actions_taken.e_request_number: label</extracomment>
        <translation>Número do e-Request</translation>
    </message>
    <message>
        <source>The number USCIS gave you for the online request, if you have it.</source>
        <extracomment>actions_taken.e_request_number: help</extracomment>
        <translation>O número que o USCIS deu para o pedido on-line, se você tiver.</translation>
    </message>
    <message>
        <source>Did a member of Congress ask USCIS about your case?</source>
        <extracomment>actions_taken.congress_inquiry: label</extracomment>
        <translation>Algum membro do Congresso perguntou ao USCIS sobre o seu caso?</translation>
    </message>
    <message>
        <source>Your senator or representative can also ask USCIS. The Ombudsman wants to know so two offices do not do the same work.</source>
        <extracomment>actions_taken.congress_inquiry: help</extracomment>
        <translation>Seu senador ou deputado também pode perguntar ao USCIS. O Ombudsman quer saber para que dois escritórios não façam o mesmo trabalho.</translation>
    </message>
    <message>
        <source>Which office of Congress?</source>
        <extracomment>actions_taken.congress_office: label</extracomment>
        <translation>Qual escritório do Congresso?</translation>
    </message>
    <message>
        <source>The name of the senator or representative whose office helped.</source>
        <extracomment>actions_taken.congress_office: help</extracomment>
        <translation>O nome do senador ou deputado cujo escritório ajudou.</translation>
    </message>
    <message>
        <source>Anything else you did to fix the problem</source>
        <extracomment>actions_taken.other: label</extracomment>
        <translation>Outras coisas que você fez para resolver o problema</translation>
    </message>
    <message>
        <source>For example letters you sent to USCIS. Everything you tried helps the Ombudsman.</source>
        <extracomment>actions_taken.other: help</extracomment>
        <translation>Por exemplo, cartas que você mandou ao USCIS. Tudo o que você tentou ajuda o Ombudsman.</translation>
    </message>
    <message>
        <source>Why you are asking for help</source>
        <extracomment>section reasons: title</extracomment>
        <translation>Por que você está pedindo ajuda</translation>
    </message>
    <message>
        <source>Tell the Ombudsman what went wrong and what you want fixed.</source>
        <extracomment>section reasons: intro</extracomment>
        <translation>Conte ao Ombudsman o que deu errado e o que você quer que seja corrigido.</translation>
    </message>
    <message>
        <source>Why are you asking for help?</source>
        <extracomment>reasons.kinds: label</extracomment>
        <translation>Por que você está pedindo ajuda?</translation>
    </message>
    <message>
        <source>Pick every reason that fits. It helps the Ombudsman see how urgent your case is.</source>
        <extracomment>reasons.kinds: help</extracomment>
        <translation>Marque todos os motivos que se aplicam. Isso ajuda o Ombudsman a ver a urgência do seu caso.</translation>
    </message>
    <message>
        <source>Emergency or hardship</source>
        <extracomment>reasons.kinds = emergency_hardship</extracomment>
        <translation>Emergência ou dificuldade grave</translation>
    </message>
    <message>
        <source>Pending longer than the posted processing time</source>
        <extracomment>reasons.kinds = beyond_processing_time</extracomment>
        <translation>Pendente há mais tempo que o tempo de processamento publicado</translation>
    </message>
    <message>
        <source>USCIS made a mistake</source>
        <extracomment>reasons.kinds = uscis_error</extracomment>
        <translation>O USCIS cometeu um erro</translation>
    </message>
    <message>
        <source>At risk of losing status or building up unlawful presence</source>
        <extracomment>reasons.kinds = losing_status</extracomment>
        <translation>Risco de perder o status ou de acumular presença ilegal</translation>
    </message>
    <message>
        <source>USCIS lost documents</source>
        <extracomment>reasons.kinds = lost_documents</extracomment>
        <translation>O USCIS perdeu documentos</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>reasons.kinds = other</extracomment>
        <translation>Outro</translation>
    </message>
    <message>
        <source>What is the emergency or hardship?</source>
        <extracomment>reasons.hardship_description: label</extracomment>
        <translation>Qual é a emergência ou dificuldade grave?</translation>
    </message>
    <message>
        <source>Explain what will happen if USCIS does not act soon, for example losing a job, missing medical care, or a family member who is very sick. The Ombudsman looks at urgent cases first, so clear facts matter.</source>
        <extracomment>reasons.hardship_description: help</extracomment>
        <translation>Explique o que vai acontecer se o USCIS não agir logo, por exemplo perder um emprego, ficar sem atendimento médico, ou um familiar muito doente. O Ombudsman atende primeiro os casos urgentes, então fatos claros importam.</translation>
    </message>
    <message>
        <source>USCIS&apos;s posted processing time (months)</source>
        <extracomment>reasons.posted_processing_time_months: label</extracomment>
        <translation>Tempo de processamento publicado pelo USCIS (meses)</translation>
    </message>
    <message>
        <source>USCIS posts how long a form usually takes at each office. Write the number of months it showed. We use it to count how far past that time your case is.</source>
        <extracomment>reasons.posted_processing_time_months: help</extracomment>
        <translation>O USCIS publica quanto tempo um formulário costuma levar em cada escritório. Escreva o número de meses que aparecia. Usamos isso para contar quanto seu caso passou desse tempo.</translation>
    </message>
    <message>
        <source>When did you look up that processing time?</source>
        <extracomment>reasons.processing_time_checked_on: label</extracomment>
        <translation>Quando você consultou esse tempo de processamento?</translation>
    </message>
    <message>
        <source>Processing times change. The date shows which posted time you compared with.</source>
        <extracomment>reasons.processing_time_checked_on: help</extracomment>
        <translation>Os tempos de processamento mudam. A data mostra com qual tempo publicado você comparou.</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>reasons.problem_description: label</extracomment>
        <translation>O que aconteceu?</translation>
    </message>
    <message>
        <source>Tell the story in order, with dates if you know them: what you filed, what USCIS did or did not do, and what you tried. This is the most important part: the Ombudsman reads it to understand your problem.</source>
        <extracomment>reasons.problem_description: help</extracomment>
        <translation>Conte a história em ordem, com datas se souber: o que você apresentou, o que o USCIS fez ou não fez, e o que você tentou. Esta é a parte mais importante: o Ombudsman lê isto para entender seu problema.</translation>
    </message>
    <message>
        <source>What do you want the Ombudsman to do?</source>
        <extracomment>reasons.desired_outcome: label</extracomment>
        <translation>O que você quer que o Ombudsman faça?</translation>
    </message>
    <message>
        <source>For example: ask USCIS to decide the case, or to correct a mistake on a card. A clear request is easier to act on.</source>
        <extracomment>reasons.desired_outcome: help</extracomment>
        <translation>Por exemplo: pedir ao USCIS que decida o caso, ou que corrija um erro num cartão. Um pedido claro é mais fácil de atender.</translation>
    </message>
    <message>
        <source>Who is filling in this request</source>
        <extracomment>section submitter: title</extracomment>
        <translation>Quem está preenchendo este pedido</translation>
    </message>
    <message>
        <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person&apos;s written consent.</source>
        <extracomment>section submitter: intro</extracomment>
        <translation>Você pode pedir ajuda para si mesmo, ou ajudar outra pessoa a pedir. Um advogado precisa ter o Formulário G-28 registrado no USCIS; qualquer outra pessoa que ajude precisa do consentimento por escrito da pessoa.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <extracomment>submitter.role: label</extracomment>
        <translation>Quem é você?</translation>
    </message>
    <message>
        <source>The Ombudsman needs to know who is asking, because it can only talk about a case with the person or with someone they allowed.</source>
        <extracomment>submitter.role: help</extracomment>
        <translation>O Ombudsman precisa saber quem está pedindo, porque só pode falar de um caso com a própria pessoa ou com alguém que ela autorizou.</translation>
    </message>
    <message>
        <source>I am the person with the USCIS case</source>
        <extracomment>submitter.role = self</extracomment>
        <translation>Sou a pessoa com o caso no USCIS</translation>
    </message>
    <message>
        <source>I am their attorney or accredited representative</source>
        <extracomment>submitter.role = attorney</extracomment>
        <translation>Sou o advogado ou representante credenciado dela</translation>
    </message>
    <message>
        <source>You need a copy of your Form G-28 that is on file with USCIS.</source>
        <extracomment>submitter.role = attorney: help</extracomment>
        <translation>Você precisa de uma cópia do seu Formulário G-28 registrado no USCIS.</translation>
    </message>
    <message>
        <source>I am helping them (family, volunteer, school official, congressional staff…)</source>
        <extracomment>submitter.role = helper</extracomment>
        <translation>Estou ajudando a pessoa (família, voluntário, funcionário de escola, equipe do Congresso…)</translation>
    </message>
    <message>
        <source>The person must sign a consent that lets you ask for them.</source>
        <extracomment>submitter.role = helper: help</extracomment>
        <translation>A pessoa precisa assinar um consentimento que permite que você peça por ela.</translation>
    </message>
    <message>
        <source>Your full name</source>
        <extracomment>submitter.name: label</extracomment>
        <translation>Seu nome completo</translation>
    </message>
    <message>
        <source>The Ombudsman writes to you as the person who sent the request.</source>
        <extracomment>submitter.name: help</extracomment>
        <translation>O Ombudsman escreve para você como a pessoa que enviou o pedido.</translation>
    </message>
    <message>
        <source>Organization or law firm</source>
        <extracomment>submitter.organization: label</extracomment>
        <translation>Organização ou escritório de advocacia</translation>
    </message>
    <message>
        <source>If you help as part of a group or law firm, give its name.</source>
        <extracomment>submitter.organization: help</extracomment>
        <translation>Se você ajuda como parte de um grupo ou escritório, informe o nome.</translation>
    </message>
    <message>
        <source>How are you related to the person?</source>
        <extracomment>submitter.relationship: label</extracomment>
        <translation>Qual é a sua relação com a pessoa?</translation>
    </message>
    <message>
        <source>For example: daughter, friend, volunteer at a community center.</source>
        <extracomment>submitter.relationship: help</extracomment>
        <translation>Por exemplo: filha, amigo, voluntário num centro comunitário.</translation>
    </message>
    <message>
        <source>Your phone</source>
        <extracomment>submitter.phone: label</extracomment>
        <translation>Seu telefone</translation>
    </message>
    <message>
        <source>A number where the Ombudsman can reach you with questions.</source>
        <extracomment>submitter.phone: help</extracomment>
        <translation>Um número em que o Ombudsman possa falar com você se tiver dúvidas.</translation>
    </message>
    <message>
        <source>Your email</source>
        <extracomment>submitter.email: label</extracomment>
        <translation>Seu e-mail</translation>
    </message>
    <message>
        <source>Email is the fastest way for the Ombudsman to answer.</source>
        <extracomment>submitter.email: help</extracomment>
        <translation>O e-mail é o jeito mais rápido de o Ombudsman responder.</translation>
    </message>
    <message>
        <source>Your fax</source>
        <extracomment>submitter.fax: label</extracomment>
        <translation>Seu fax</translation>
    </message>
    <message>
        <source>Only if you use a fax machine.</source>
        <extracomment>submitter.fax: help</extracomment>
        <translation>Só se você usa uma máquina de fax.</translation>
    </message>
    <message>
        <source>Street address</source>
        <extracomment>submitter.address.street: label</extracomment>
        <translation>Endereço (rua e número)</translation>
    </message>
    <message>
        <source>House number and street, or a P.O. box, so the Ombudsman can send you letters.</source>
        <extracomment>submitter.address.street: help</extracomment>
        <translation>Número da casa e rua, ou uma caixa postal (P.O. box), para que o Ombudsman possa mandar cartas para você.</translation>
    </message>
    <message>
        <source>Apartment, suite or floor</source>
        <extracomment>submitter.address.unit: label</extracomment>
        <translation>Apartamento, sala ou andar</translation>
    </message>
    <message>
        <source>Leave empty if none.</source>
        <extracomment>submitter.address.unit: help</extracomment>
        <translation>Deixe em branco se não houver.</translation>
    </message>
    <message>
        <source>City or town</source>
        <extracomment>submitter.address.city: label</extracomment>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>The city or town so the Ombudsman can send you letters.</source>
        <extracomment>submitter.address.city: help</extracomment>
        <translation>A cidade, para que o Ombudsman possa mandar cartas para você.</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>submitter.address.state: label</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In the U.S., pick the state or territory. Outside the U.S., write the province or region.</source>
        <extracomment>submitter.address.state: help</extracomment>
        <translation>Nos EUA, escolha o estado ou território. Fora dos EUA, escreva a província ou região.</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <extracomment>submitter.address.postal_code: label</extracomment>
        <translation>CEP (ZIP)</translation>
    </message>
    <message>
        <source>In the U.S. this is 5 digits, or 5 + 4 digits (20528 or 20528-0180). Outside the U.S., write the postal code as it appears on letters.</source>
        <extracomment>submitter.address.postal_code: help</extracomment>
        <translation>Nos EUA são 5 números, ou 5 + 4 números (20528 ou 20528-0180). Fora dos EUA, escreva o código postal como aparece nas cartas.</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>submitter.address.country: label</extracomment>
        <translation>País</translation>
    </message>
    <message>
        <source>The country of this address.</source>
        <extracomment>submitter.address.country: help</extracomment>
        <translation>O país deste endereço.</translation>
    </message>
    <message>
        <source>Bar number</source>
        <extracomment>submitter.bar_number: label</extracomment>
        <translation>Número de inscrição na ordem dos advogados (bar number)</translation>
    </message>
    <message>
        <source>Attorneys: your state bar number, which shows you may practice law.</source>
        <extracomment>submitter.bar_number: help</extracomment>
        <translation>Advogados: seu número na ordem dos advogados do estado, que mostra que você pode exercer a advocacia.</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <extracomment>submitter.accreditation: label</extracomment>
        <translation>Credenciamento</translation>
    </message>
    <message>
        <source>Accredited representatives: your recognized organization and accreditation.</source>
        <extracomment>submitter.accreditation: help</extracomment>
        <translation>Representantes credenciados: sua organização reconhecida e seu credenciamento.</translation>
    </message>
    <message>
        <source>The person or employer with the USCIS case</source>
        <extracomment>section subject: title</extracomment>
        <translation>A pessoa ou o empregador com o caso no USCIS</translation>
    </message>
    <message>
        <source>Give the details of the person (or employer) who filed with USCIS and has the problem. Do not enter the attorney or law firm here.</source>
        <extracomment>section subject: intro</extracomment>
        <translation>Dê os dados da pessoa (ou do empregador) que fez o pedido ao USCIS e tem o problema. Não coloque aqui o advogado ou o escritório.</translation>
    </message>
    <message>
        <source>Is this a person or an employer/organization?</source>
        <extracomment>subject.kind: label</extracomment>
        <translation>É uma pessoa ou um empregador/organização?</translation>
    </message>
    <message>
        <source>Employers file petitions too. This decides which name boxes to fill.</source>
        <extracomment>subject.kind: help</extracomment>
        <translation>Empregadores também apresentam petições. Isso decide quais campos de nome preencher.</translation>
    </message>
    <message>
        <source>A person</source>
        <extracomment>subject.kind = person</extracomment>
        <translation>Uma pessoa</translation>
    </message>
    <message>
        <source>An employer or organization</source>
        <extracomment>subject.kind = organization</extracomment>
        <translation>Um empregador ou organização</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>subject.title: label</extracomment>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Optional. How the Ombudsman should address the person in letters.</source>
        <extracomment>subject.title: help</extracomment>
        <translation>Opcional. Como o Ombudsman deve tratar a pessoa nas cartas.</translation>
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
        <translation>Nome (primeiro nome)</translation>
    </message>
    <message>
        <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case. Any alphabet is fine.</source>
        <extracomment>subject.first_name: help</extracomment>
        <translation>Escreva como está nos papéis do USCIS, para que o Ombudsman encontre o caso certo. Qualquer alfabeto serve.</translation>
    </message>
    <message>
        <source>Middle name</source>
        <extracomment>subject.middle_name: label</extracomment>
        <translation>Nome do meio</translation>
    </message>
    <message>
        <source>Only if the USCIS papers show one.</source>
        <extracomment>subject.middle_name: help</extracomment>
        <translation>Só se aparecer nos papéis do USCIS.</translation>
    </message>
    <message>
        <source>Last name (family name)</source>
        <extracomment>subject.last_name: label</extracomment>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case.</source>
        <extracomment>subject.last_name: help</extracomment>
        <translation>Escreva como está nos papéis do USCIS, para que o Ombudsman encontre o caso certo.</translation>
    </message>
    <message>
        <source>Name of the employer or organization</source>
        <extracomment>subject.organization_name: label</extracomment>
        <translation>Nome do empregador ou organização</translation>
    </message>
    <message>
        <source>The name that is on the petition filed with USCIS.</source>
        <extracomment>subject.organization_name: help</extracomment>
        <translation>O nome que está na petição apresentada ao USCIS.</translation>
    </message>
    <message>
        <source>Other names used</source>
        <extracomment>subject.other_names: label</extracomment>
        <translation>Outros nomes usados</translation>
    </message>
    <message>
        <source>For example a name before marriage or another spelling. USCIS may file papers under it.</source>
        <extracomment>subject.other_names: help</extracomment>
        <translation>Por exemplo, um nome de solteira ou outra grafia. O USCIS pode ter papéis com esse nome.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>subject.date_of_birth: label</extracomment>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>USCIS uses the birth date with the name to find the right person.</source>
        <extracomment>subject.date_of_birth: help</extracomment>
        <translation>O USCIS usa a data de nascimento junto com o nome para encontrar a pessoa certa.</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <extracomment>subject.country_of_birth: label</extracomment>
        <translation>País de nascimento</translation>
    </message>
    <message>
        <source>It helps USCIS match the records.</source>
        <extracomment>subject.country_of_birth: help</extracomment>
        <translation>Ajuda o USCIS a encontrar os registros certos.</translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <extracomment>subject.country_of_citizenship: label</extracomment>
        <translation>País de cidadania</translation>
    </message>
    <message>
        <source>The country whose passport the person holds.</source>
        <extracomment>subject.country_of_citizenship: help</extracomment>
        <translation>O país do passaporte da pessoa.</translation>
    </message>
    <message>
        <source>A-Number (if any)</source>
        <extracomment>subject.a_number: label</extracomment>
        <translation>A-Number (se tiver)</translation>
    </message>
    <message>
        <source>Not every person has an A-Number. If you have one, it starts with A and has 7 to 9 digits (A123-456-789). It is the fastest way to find your file.</source>
        <extracomment>subject.a_number: help</extracomment>
        <translation>Nem todo mundo tem um A-Number. Se você tem, ele começa com A e tem de 7 a 9 números (A123-456-789). É o jeito mais rápido de achar o seu processo.</translation>
    </message>
    <message>
        <source>USCIS online account number (if any)</source>
        <extracomment>subject.uscis_online_account_number: label</extracomment>
        <translation>Número da conta on-line do USCIS (se tiver)</translation>
    </message>
    <message>
        <source>12 digits. You have one only if you filed online or got it in a USCIS notice.</source>
        <extracomment>subject.uscis_online_account_number: help</extracomment>
        <translation>12 números. Você só tem se fez o pedido on-line ou se ele veio num aviso do USCIS.</translation>
    </message>
    <message>
        <source>House number and street, or a P.O. box, so the Ombudsman can send the person letters.</source>
        <extracomment>subject.address.street: help</extracomment>
        <translation>Número da casa e rua, ou uma caixa postal (P.O. box), para que o Ombudsman possa mandar cartas para a pessoa.</translation>
    </message>
    <message>
        <source>The city or town so the Ombudsman can send the person letters.</source>
        <extracomment>subject.address.city: help</extracomment>
        <translation>A cidade, para que o Ombudsman possa mandar cartas para a pessoa.</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>subject.phone: label</extracomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>A number where the Ombudsman can reach the person. At least one way to reach them is needed.</source>
        <extracomment>subject.phone: help</extracomment>
        <translation>Um número em que o Ombudsman possa falar com a pessoa. É preciso pelo menos uma forma de contato.</translation>
    </message>
    <message>
        <source>Fax</source>
        <extracomment>subject.fax: label</extracomment>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Only if the person uses a fax machine.</source>
        <extracomment>subject.fax: help</extracomment>
        <translation>Só se a pessoa usa uma máquina de fax.</translation>
    </message>
    <message>
        <source>Email (to get Ombudsman updates)</source>
        <extracomment>subject.email: label</extracomment>
        <translation>E-mail (para receber notícias do Ombudsman)</translation>
    </message>
    <message>
        <source>The Ombudsman sends updates about the request to this email.</source>
        <extracomment>subject.email: help</extracomment>
        <translation>O Ombudsman manda notícias sobre o pedido para este e-mail.</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <extracomment>subject.preferred_language: label</extracomment>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>The language the person reads and speaks best.</source>
        <extracomment>subject.preferred_language: help</extracomment>
        <translation>O idioma que a pessoa lê e fala melhor.</translation>
    </message>
    <message>
        <source>Does the person need an interpreter?</source>
        <extracomment>subject.needs_interpreter: label</extracomment>
        <translation>A pessoa precisa de intérprete?</translation>
    </message>
    <message>
        <source>So the Ombudsman can plan a call in the person&apos;s language.</source>
        <extracomment>subject.needs_interpreter: help</extracomment>
        <translation>Para que o Ombudsman possa planejar uma ligação no idioma da pessoa.</translation>
    </message>
    <message>
        <source>Has the person applied for or received T, U, VAWA, asylum or refugee status?</source>
        <extracomment>subject.protected_category: label</extracomment>
        <translation>A pessoa pediu ou recebeu status T, U, VAWA, de asilo ou de refugiado?</translation>
    </message>
    <message>
        <source>These cases have extra privacy protections. The consent must then be signed by hand in ink: print it, sign it, and scan it.</source>
        <extracomment>subject.protected_category: help</extracomment>
        <translation>Esses casos têm proteções extras de privacidade. Então o consentimento precisa ser assinado à mão, com caneta: imprima, assine e digitalize.</translation>
    </message>
    <message>
        <source>The beneficiary (if the petition is for someone else)</source>
        <extracomment>section beneficiary: title</extracomment>
        <translation>O beneficiário (se a petição é para outra pessoa)</translation>
    </message>
    <message>
        <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person&apos;s details. Otherwise skip this page.</source>
        <extracomment>section beneficiary: intro</extracomment>
        <translation>Algumas petições são feitas para outra pessoa, como um parente ou um funcionário. Se for o caso, dê os dados dessa pessoa. Se não, pule esta página.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s first name</source>
        <extracomment>beneficiary.first_name: label</extracomment>
        <translation>Nome do beneficiário</translation>
    </message>
    <message>
        <source>The person the petition is for.</source>
        <extracomment>beneficiary.first_name: help</extracomment>
        <translation>A pessoa para quem é a petição.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s last name</source>
        <extracomment>beneficiary.last_name: label</extracomment>
        <translation>Sobrenome do beneficiário</translation>
    </message>
    <message>
        <source>As on the petition.</source>
        <extracomment>beneficiary.last_name: help</extracomment>
        <translation>Como está na petição.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s date of birth</source>
        <extracomment>beneficiary.date_of_birth: label</extracomment>
        <translation>Data de nascimento do beneficiário</translation>
    </message>
    <message>
        <source>Helps USCIS find the right person.</source>
        <extracomment>beneficiary.date_of_birth: help</extracomment>
        <translation>Ajuda o USCIS a encontrar a pessoa certa.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s A-Number (if any)</source>
        <extracomment>beneficiary.a_number: label</extracomment>
        <translation>A-Number do beneficiário (se tiver)</translation>
    </message>
    <message>
        <source>Not everyone has one. If there is one, it helps find the file.</source>
        <extracomment>beneficiary.a_number: help</extracomment>
        <translation>Nem todos têm. Se houver, ajuda a encontrar o processo.</translation>
    </message>
    <message>
        <source>Relationship to the petitioner</source>
        <extracomment>beneficiary.relationship: label</extracomment>
        <translation>Relação com o peticionário</translation>
    </message>
    <message>
        <source>For example: spouse, son, employee.</source>
        <extracomment>beneficiary.relationship: help</extracomment>
        <translation>Por exemplo: esposa, filho, funcionário.</translation>
    </message>
    <message>
        <source>Applications and petitions filed</source>
        <extracomment>section filings: title</extracomment>
        <translation>Pedidos e petições apresentados</translation>
    </message>
    <message>
        <source>List all applications and petitions pending with USCIS that are part of this problem. Include every receipt number: it is how the Ombudsman finds each case.</source>
        <extracomment>section filings: intro</extracomment>
        <translation>Liste todos os pedidos e petições pendentes no USCIS que fazem parte deste problema. Inclua cada número de recibo: é assim que o Ombudsman encontra cada caso.</translation>
    </message>
    <message>
        <source>Application or petition</source>
        <extracomment>section filings: item_label</extracomment>
        <translation>Pedido ou petição</translation>
    </message>
    <message>
        <source>Form number</source>
        <extracomment>filings[].form_number: label</extracomment>
        <translation>Número do formulário</translation>
    </message>
    <message>
        <source>The number printed at the top of the form you filed, like I-130 or N-400. It tells the Ombudsman what you asked USCIS for.</source>
        <extracomment>filings[].form_number: help</extracomment>
        <translation>O número impresso no alto do formulário que você apresentou, como I-130 ou N-400. Ele diz ao Ombudsman o que você pediu ao USCIS.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <extracomment>filings[].receipt_number: label</extracomment>
        <translation>Número do recibo</translation>
    </message>
    <message>
        <source>It is on the receipt notice (Form I-797C) USCIS mailed you: 3 letters and 10 numbers, like IOE0912345678. Dashes and spaces are fine.</source>
        <extracomment>filings[].receipt_number: help</extracomment>
        <translation>Está no aviso de recebimento (Formulário I-797C) que o USCIS mandou pelo correio: 3 letras e 10 números, como IOE0912345678. Traços e espaços podem ficar.</translation>
    </message>
    <message>
        <source>Why is there no receipt number?</source>
        <extracomment>filings[].no_receipt_reason: label</extracomment>
        <translation>Por que não há número de recibo?</translation>
    </message>
    <message>
        <source>If you never got a receipt notice, say so here, for example &apos;filed 5 months ago, no receipt notice yet&apos;. The Ombudsman needs this to look for the case.</source>
        <extracomment>filings[].no_receipt_reason: help</extracomment>
        <translation>Se você nunca recebeu um aviso de recebimento, diga aqui, por exemplo “apresentado há 5 meses, ainda sem aviso de recebimento”. O Ombudsman precisa disso para procurar o caso.</translation>
    </message>
    <message>
        <source>Receipt date</source>
        <extracomment>filings[].receipt_date: label</extracomment>
        <translation>Data de recebimento</translation>
    </message>
    <message>
        <source>The &apos;Received Date&apos; on the receipt notice. We use it to count how long the case has been waiting.</source>
        <extracomment>filings[].receipt_date: help</extracomment>
        <translation>A “Received Date” (data de recebimento) no aviso. Usamos para contar há quanto tempo o caso está esperando.</translation>
    </message>
    <message>
        <source>USCIS office handling it</source>
        <extracomment>filings[].office: label</extracomment>
        <translation>Escritório do USCIS que cuida do caso</translation>
    </message>
    <message>
        <source>If you know which office or service center has the case, write it here.</source>
        <extracomment>filings[].office: help</extracomment>
        <translation>Se você sabe qual escritório ou centro de serviço está com o caso, escreva aqui.</translation>
    </message>
    <message>
        <source>What you asked USCIS for</source>
        <extracomment>section benefit: title</extracomment>
        <translation>O que você pediu ao USCIS</translation>
    </message>
    <message>
        <source>Choose the kind of immigration benefit the applications are for.</source>
        <extracomment>section benefit: intro</extracomment>
        <translation>Escolha o tipo de benefício de imigração dos pedidos.</translation>
    </message>
    <message>
        <source>Type of benefit</source>
        <extracomment>benefit.types: label</extracomment>
        <translation>Tipo de benefício</translation>
    </message>
    <message>
        <source>Pick all that apply. It helps the Ombudsman send your case to the right team.</source>
        <extracomment>benefit.types: help</extracomment>
        <translation>Marque todos os que se aplicam. Isso ajuda o Ombudsman a mandar seu caso para a equipe certa.</translation>
    </message>
    <message>
        <source>Nonimmigrant (ex. Student)</source>
        <extracomment>benefit.types = nonimmigrant</extracomment>
        <translation>Não imigrante (ex. estudante)</translation>
    </message>
    <message>
        <source>Immigrant (ex. Permanent Residency)</source>
        <extracomment>benefit.types = immigrant</extracomment>
        <translation>Imigrante (ex. residência permanente)</translation>
    </message>
    <message>
        <source>Citizenship or Naturalization</source>
        <extracomment>benefit.types = citizenship</extracomment>
        <translation>Cidadania ou naturalização</translation>
    </message>
    <message>
        <source>Asylum or Refugee</source>
        <extracomment>benefit.types = asylum_refugee</extracomment>
        <translation>Asilo ou refúgio</translation>
    </message>
    <message>
        <source>Interim benefit (ex. Employment Authorization)</source>
        <extracomment>benefit.types = interim</extracomment>
        <translation>Benefício provisório (ex. autorização de trabalho)</translation>
    </message>
    <message>
        <source>Waiver (ex. Waiver of Grounds of Inadmissibility)</source>
        <extracomment>benefit.types = waiver</extracomment>
        <translation>Perdão (waiver) (ex. perdão de motivos de inadmissibilidade)</translation>
    </message>
    <message>
        <source>What other benefit?</source>
        <extracomment>benefit.other_description: label</extracomment>
        <translation>Qual outro benefício?</translation>
    </message>
    <message>
        <source>You chose &apos;Other&apos;: say in a few words what you asked USCIS for.</source>
        <extracomment>benefit.other_description: help</extracomment>
        <translation>Você escolheu “Outro”: diga em poucas palavras o que pediu ao USCIS.</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <extracomment>section documents: title</extracomment>
        <translation>Documentos de apoio</translation>
    </message>
    <message>
        <source>Add copies of papers that show the problem, like receipt notices and letters from USCIS. Please do not send original documents: copies only. The files stay encrypted on this computer.</source>
        <extracomment>section documents: intro</extracomment>
        <translation>Adicione cópias de papéis que mostram o problema, como avisos de recebimento e cartas do USCIS. Não mande documentos originais: só cópias. Os arquivos ficam criptografados neste computador.</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>section documents: item_label</extracomment>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Document id</source>
        <extracomment>documents[].id: label</extracomment>
        <translation>Identificador do documento</translation>
    </message>
    <message>
        <source>Set by the app.</source>
        <extracomment>documents[].id: help</extracomment>
        <translation>Definido pelo aplicativo.</translation>
    </message>
    <message>
        <source>What kind of document is it?</source>
        <extracomment>documents[].category: label</extracomment>
        <translation>Que tipo de documento é?</translation>
    </message>
    <message>
        <source>Helps the Ombudsman see quickly what you sent, and lets the app check that a G-28 or a consent is there when needed.</source>
        <extracomment>documents[].category: help</extracomment>
        <translation>Ajuda o Ombudsman a ver rápido o que você mandou, e deixa o aplicativo conferir se há um G-28 ou um consentimento quando é preciso.</translation>
    </message>
    <message>
        <source>Copy of something I sent to USCIS</source>
        <extracomment>documents[].category = submitted_to_uscis</extracomment>
        <translation>Cópia de algo que mandei ao USCIS</translation>
    </message>
    <message>
        <source>Copy of something USCIS sent me</source>
        <extracomment>documents[].category = received_from_uscis</extracomment>
        <translation>Cópia de algo que o USCIS me mandou</translation>
    </message>
    <message>
        <source>Form G-28 (attorney or representative)</source>
        <extracomment>documents[].category = g28</extracomment>
        <translation>Formulário G-28 (advogado ou representante)</translation>
    </message>
    <message>
        <source>Signed consent of the person</source>
        <extracomment>documents[].category = consent</extracomment>
        <translation>Consentimento assinado da pessoa</translation>
    </message>
    <message>
        <source>Other supporting document</source>
        <extracomment>documents[].category = other</extracomment>
        <translation>Outro documento de apoio</translation>
    </message>
    <message>
        <source>Short description</source>
        <extracomment>documents[].title: label</extracomment>
        <translation>Descrição curta</translation>
    </message>
    <message>
        <source>For example &apos;Receipt notice for I-485&apos;. It is printed in the list of documents.</source>
        <extracomment>documents[].title: help</extracomment>
        <translation>Por exemplo “Aviso de recebimento do I-485”. Aparece impressa na lista de documentos.</translation>
    </message>
    <message>
        <source>File name</source>
        <extracomment>documents[].original_filename: label</extracomment>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>The name of the file you added.</source>
        <extracomment>documents[].original_filename: help</extracomment>
        <translation>O nome do arquivo que você adicionou.</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>documents[].pages: label</extracomment>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Counted by the app.</source>
        <extracomment>documents[].pages: help</extracomment>
        <translation>Contadas pelo aplicativo.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <extracomment>documents[].sha256: label</extracomment>
        <translation>Impressão digital do arquivo (SHA-256)</translation>
    </message>
    <message>
        <source>Lets the app check the stored copy has not changed.</source>
        <extracomment>documents[].sha256: help</extracomment>
        <translation>Deixa o aplicativo conferir que a cópia guardada não mudou.</translation>
    </message>
    <message>
        <source>Added on</source>
        <extracomment>documents[].added_on: label</extracomment>
        <translation>Adicionado em</translation>
    </message>
    <message>
        <source>The day the file was added.</source>
        <extracomment>documents[].added_on: help</extracomment>
        <translation>O dia em que o arquivo foi adicionado.</translation>
    </message>
    <message>
        <source>Consent</source>
        <extracomment>section consent: title</extracomment>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice beside it.</source>
        <extracomment>section consent: intro</extracomment>
        <translation>O Ombudsman precisa da permissão da pessoa do caso para ver os registros dela no USCIS e falar com o USCIS sobre eles. Leia o aviso da Lei de Privacidade (Privacy Act) ao lado.</translation>
    </message>
    <message>
        <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
        <extracomment>consent.agreed: label</extracomment>
        <translation>A pessoa permite que o Ombudsman obtenha as informações dela e as compartilhe com o USCIS para resolver este problema</translation>
    </message>
    <message>
        <source>Without this permission the Ombudsman cannot work on the case, because privacy law protects USCIS records.</source>
        <extracomment>consent.agreed: help</extracomment>
        <translation>Sem esta permissão o Ombudsman não pode trabalhar no caso, porque a lei de privacidade protege os registros do USCIS.</translation>
    </message>
    <message>
        <source>How will the person sign?</source>
        <extracomment>consent.signature_method: label</extracomment>
        <translation>Como a pessoa vai assinar?</translation>
    </message>
    <message>
        <source>Draw the signature, type it as /s/ and the name, or print the page and sign it by hand. For T, U, VAWA, asylum and refugee cases only the ink signature is allowed.</source>
        <extracomment>consent.signature_method: help</extracomment>
        <translation>Desenhe a assinatura, digite como /s/ e o nome, ou imprima a página e assine à mão. Nos casos T, U, VAWA, asilo e refúgio só vale a assinatura com caneta.</translation>
    </message>
    <message>
        <source>Draw it on the screen</source>
        <extracomment>consent.signature_method = drawn</extracomment>
        <translation>Desenhar na tela</translation>
    </message>
    <message>
        <source>Type it (/s/ Name)</source>
        <extracomment>consent.signature_method = typed</extracomment>
        <translation>Digitar (/s/ Nome)</translation>
    </message>
    <message>
        <source>Print, sign in ink, and scan</source>
        <extracomment>consent.signature_method = wet_ink</extracomment>
        <translation>Imprimir, assinar com caneta e digitalizar</translation>
    </message>
    <message>
        <source>Name of the person signing</source>
        <extracomment>consent.signer_name: label</extracomment>
        <translation>Nome de quem assina</translation>
    </message>
    <message>
        <source>The person with the case signs, or for an employer someone allowed to sign for it.</source>
        <extracomment>consent.signer_name: help</extracomment>
        <translation>Assina a pessoa do caso ou, no caso de um empregador, alguém autorizado a assinar por ele.</translation>
    </message>
    <message>
        <source>Date signed</source>
        <extracomment>consent.signed_on: label</extracomment>
        <translation>Data da assinatura</translation>
    </message>
    <message>
        <source>The day of the signature. The consent must be recent.</source>
        <extracomment>consent.signed_on: help</extracomment>
        <translation>O dia da assinatura. O consentimento precisa ser recente.</translation>
    </message>
    <message>
        <source>Preparer or interpreter statement</source>
        <extracomment>consent.preparer_statement: label</extracomment>
        <translation>Declaração de quem preparou ou interpretou</translation>
    </message>
    <message>
        <source>If someone else filled in this form or read it to the person, write their name and the language, for example: &apos;Prepared by Minh Tran, read to the subject in Vietnamese.&apos; It shows the person understood what they signed.</source>
        <extracomment>consent.preparer_statement: help</extracomment>
        <translation>Se outra pessoa preencheu este formulário ou o leu para a pessoa, escreva o nome dela e o idioma, por exemplo: “Preparado por Minh Tran, lido para a pessoa em vietnamita.” Isso mostra que a pessoa entendeu o que assinou.</translation>
    </message>
</context>
</TS>
