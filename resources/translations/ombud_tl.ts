<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH" sourcelanguage="en_US">
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
        <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose &apos;Print, sign in ink, and scan&apos;.</source>
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
        <source>Give USCIS&apos;s posted processing time in months, so we can show how long past it your case is.</source>
        <extracomment>finding code processing.posted_time_missing</extracomment>
        <translation>Ilagay ang nakapaskil na processing time ng USCIS, sa buwan, para maipakita kung gaano na kalampas ang inyong kaso.</translation>
    </message>
    <message>
        <source>Add the receipt date of your application, so we can count how long it has waited.</source>
        <extracomment>finding code processing.receipt_date_missing</extracomment>
        <translation>Idagdag ang receipt date ng inyong aplikasyon, para mabilang kung gaano na ito katagal naghihintay.</translation>
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
        <source>Please answer: {label}.</source>
        <extracomment>finding code required</extracomment>
        <translation>Pakisagot: {label}.</translation>
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
        <source>This answer has the wrong kind of value: it should be {expected}.</source>
        <extracomment>finding code type.wrong</extracomment>
        <translation>Maling uri ng halaga ang sagot na ito: dapat ay {expected}.</translation>
    </message>
    <message>
        <source>Ombud Desktop does not know the answer {field}. It is kept, but it is not printed on the form. Check the spelling of its name.</source>
        <extracomment>finding code unknown_field</extracomment>
        <translation>Hindi kilala ng Ombud Desktop ang sagot na {field}. Itinatago ito, pero hindi ito ipi-print sa form. Tingnan ang baybay ng pangalan nito.</translation>
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
        <source>My case has waited longer than USCIS&apos;s posted processing time</source>
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
        <source>USCIS&apos;s posted processing time (months)</source>
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
        <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person&apos;s written consent.</source>
        <extracomment>section submitter: intro</extracomment>
        <translation>Puwede kayong humingi ng tulong para sa sarili, o tumulong sa ibang tao na humingi. Kailangan ng abogado ng Form G-28 na nasa file ng USCIS; ang iba pang tumutulong ay kailangan ng nakasulat na pahintulot ng tao.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <extracomment>submitter.role: label</extracomment>
        <translation>Sino kayo?</translation>
    </message>
    <message>
        <source>The Ombudsman needs to know who is asking, because it can only talk about a case with the person or with someone they allowed.</source>
        <extracomment>submitter.role: help</extracomment>
        <translation>Kailangang malaman ng Ombudsman kung sino ang nagtatanong, dahil makakausap lang nito tungkol sa kaso ang mismong tao o ang taong pinayagan niya.</translation>
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
        <source>Accredited representatives: your recognized organization and accreditation.</source>
        <extracomment>submitter.accreditation: help</extracomment>
        <translation>Para sa accredited representative: ang inyong kinikilalang organisasyon at accreditation.</translation>
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
        <source>So the Ombudsman can plan a call in the person&apos;s language.</source>
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
        <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person&apos;s details. Otherwise skip this page.</source>
        <extracomment>section beneficiary: intro</extracomment>
        <translation>May mga petisyong inihahain para sa ibang tao, tulad ng kamag-anak o manggagawa. Kung ganoon, ibigay ang detalye ng taong iyon. Kung hindi, laktawan ang pahinang ito.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s first name</source>
        <extracomment>beneficiary.first_name: label</extracomment>
        <translation>Pangalan ng benepisyaryo</translation>
    </message>
    <message>
        <source>The person the petition is for.</source>
        <extracomment>beneficiary.first_name: help</extracomment>
        <translation>Ang taong pinag-uukulan ng petisyon.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s last name</source>
        <extracomment>beneficiary.last_name: label</extracomment>
        <translation>Apelyido ng benepisyaryo</translation>
    </message>
    <message>
        <source>As on the petition.</source>
        <extracomment>beneficiary.last_name: help</extracomment>
        <translation>Ayon sa nasa petisyon.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s date of birth</source>
        <extracomment>beneficiary.date_of_birth: label</extracomment>
        <translation>Petsa ng kapanganakan ng benepisyaryo</translation>
    </message>
    <message>
        <source>Helps USCIS find the right person.</source>
        <extracomment>beneficiary.date_of_birth: help</extracomment>
        <translation>Nakakatulong sa USCIS na mahanap ang tamang tao.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s A-Number (if any)</source>
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
        <source>If you never got a receipt notice, say so here, for example &apos;filed 5 months ago, no receipt notice yet&apos;. The Ombudsman needs this to look for the case.</source>
        <extracomment>filings[].no_receipt_reason: help</extracomment>
        <translation>Kung hindi kayo nakatanggap kailanman ng receipt notice, sabihin dito, halimbawa “nag-file 5 buwan na ang nakalipas, wala pang receipt notice”. Kailangan ito ng Ombudsman para hanapin ang kaso.</translation>
    </message>
    <message>
        <source>Receipt date</source>
        <extracomment>filings[].receipt_date: label</extracomment>
        <translation>Receipt date</translation>
    </message>
    <message>
        <source>The &apos;Received Date&apos; on the receipt notice. We use it to count how long the case has been waiting.</source>
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
        <source>You chose &apos;Other&apos;: say in a few words what you asked USCIS for.</source>
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
        <source>For example &apos;Receipt notice for I-485&apos;. It is printed in the list of documents.</source>
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
        <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice beside it.</source>
        <extracomment>section consent: intro</extracomment>
        <translation>Kailangan ng Ombudsman ng pahintulot ng taong may kaso para tingnan ang kanyang mga rekord sa USCIS at makipag-usap sa USCIS tungkol dito. Basahin ang Privacy Act notice sa tabi.</translation>
    </message>
    <message>
        <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
        <extracomment>consent.agreed: label</extracomment>
        <translation>Pumapayag ang tao na kunin ng Ombudsman ang kanyang impormasyon at ibahagi ito sa USCIS para malutas ang problemang ito</translation>
    </message>
    <message>
        <source>Without this permission the Ombudsman cannot work on the case, because privacy law protects USCIS records.</source>
        <extracomment>consent.agreed: help</extracomment>
        <translation>Kung walang pahintulot na ito, hindi makakakilos ang Ombudsman sa kaso, dahil pinoprotektahan ng batas sa privacy ang mga rekord ng USCIS.</translation>
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
        <source>The day of the signature. The consent must be recent.</source>
        <extracomment>consent.signed_on: help</extracomment>
        <translation>Ang araw ng pagpirma. Dapat bago pa ang pahintulot.</translation>
    </message>
    <message>
        <source>Preparer or interpreter statement</source>
        <extracomment>consent.preparer_statement: label</extracomment>
        <translation>Pahayag ng naghanda o interpreter</translation>
    </message>
    <message>
        <source>If someone else filled in this form or read it to the person, write their name and the language, for example: &apos;Prepared by Minh Tran, read to the subject in Vietnamese.&apos; It shows the person understood what they signed.</source>
        <extracomment>consent.preparer_statement: help</extracomment>
        <translation>Kung ibang tao ang nagsagot sa form na ito o bumasa nito sa tao, isulat ang kanyang pangalan at ang wika, halimbawa: “Inihanda ni Minh Tran, binasa sa aplikante sa wikang Vietnamese.” Ipinapakita nito na naintindihan ng tao ang pinirmahan niya.</translation>
    </message>
</context>
</TS>
