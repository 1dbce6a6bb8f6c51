<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
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
            <translation>USCIS에 연락한 날짜를 넣으면 이 내용이 어떻게 적용되는지 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Your most recent contact: %1 (%2 days ago).</source>
            <translation>가장 최근 연락: %1 (%2일 전).</translation>
        </message>
        <message>
            <source>That is more than 90 days ago. Contact USCIS again first if you can; you may still send the form.</source>
            <translation>90일이 넘었습니다. 가능하면 먼저 USCIS에 다시 연락하세요. 그래도 양식을 보낼 수는 있습니다.</translation>
        </message>
        <message>
            <source>USCIS has had it for less than 60 days. The Ombudsman usually expects you to wait until %1; you may still send the form, especially in an emergency.</source>
            <translation>USCIS가 처리한 지 60일이 안 되었습니다. 옴부즈맨은 보통 %1까지 기다리기를 기대합니다. 그래도 양식을 보낼 수 있으며, 특히 긴급한 경우에는 보내세요.</translation>
        </message>
        <message>
            <source>These are not hard rules: nothing here stops you from going on.</source>
            <translation>엄격한 규칙은 아닙니다. 여기서 계속 진행하는 것을 막는 것은 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>멈추는 중…</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <source>Wait for the answer.</source>
            <translation>답변을 기다리세요.</translation>
        </message>
        <message>
            <source>Wait for the answer; ask again if none by %1.</source>
            <translation>답변을 기다리세요. %1까지 답이 없으면 다시 문의하세요.</translation>
        </message>
        <message>
            <source>Go on with “%1”.</source>
            <translation>‘%1’ 단계를 계속하세요.</translation>
        </message>
        <message>
            <source>Send the package, then mark it as sent.</source>
            <translation>패키지를 보낸 다음 보냄으로 표시하세요.</translation>
        </message>
        <message>
            <source>Check the PDF and make the package.</source>
            <translation>PDF를 확인하고 패키지를 만드세요.</translation>
        </message>
    </context>
    <context>
        <name>CasePdfRenderer</name>
        <message>
            <source>“%1” is protected by a password. On the Documents step, remove it and add it again: the app then asks for its password.</source>
            <translation>“%1”은(는) 비밀번호로 보호되어 있습니다. 서류 단계에서 삭제한 뒤 다시 추가하세요. 그러면 앱이 비밀번호를 묻습니다.</translation>
        </message>
    </context>
    <context>
        <name>CaseSession</name>
        <message>
            <source>Could not save just now. Your answers are still here; try again.</source>
            <translation>지금 저장하지 못했습니다. 답은 그대로 있습니다. 다시 해 보세요.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>암호 문구 변경</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>현재 암호 문구(&amp;C)</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>현재 암호 문구</translation>
        </message>
        <message>
            <source>&amp;New passphrase (five or more words)</source>
            <translation>새 암호 문구(다섯 단어 이상)(&amp;N)</translation>
        </message>
        <message>
            <source>That is not the current passphrase. Try again.</source>
            <translation>현재 암호 문구가 아닙니다. 다시 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>(choose one)</source>
            <translation>(하나를 고르세요)</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>/s/ (type your name above)</source>
            <translation>/s/ (위에 이름을 입력하세요)</translation>
        </message>
        <message>
            <source>Privacy Act notice</source>
            <translation>개인정보보호법(Privacy Act) 안내</translation>
        </message>
        <message>
            <source>Why we ask: the CIS Ombudsman (6 U.S.C. 272) uses this information to look into your problem with USCIS. What happens with it: the Ombudsman shares it with USCIS, and with others only as the law and the published system-of-records notice allow. Giving it is voluntary, but without it and your consent the Ombudsman may not be able to help you.</source>
            <translation>묻는 이유: CIS 옴부즈맨(6 U.S.C. 272)은 USCIS와의 문제를 살펴보기 위해 이 정보를 씁니다. 정보의 사용: 옴부즈맨은 이 정보를 USCIS와 공유하며, 다른 곳과는 법과 공표된 기록 시스템 고지가 허용하는 경우에만 공유합니다. 정보 제공은 자유지만, 이 정보와 동의가 없으면 옴부즈맨이 도울 수 없을 수도 있습니다.</translation>
        </message>
        <message>
            <source>Because this case involves T, U, VAWA, asylee or refugee status, the law protects your information specially. The Ombudsman needs a signature in ink: print the form, sign it by hand, and scan or photograph it. A drawn or typed signature cannot be used.</source>
            <translation>이 케이스는 T, U, VAWA, 망명 또는 난민 신분과 관련되어 있어 법이 정보를 특별히 보호합니다. 옴부즈맨에게는 펜으로 한 서명이 필요합니다: 양식을 인쇄해 손으로 서명한 뒤 스캔하거나 사진을 찍으세요. 그리거나 입력한 서명은 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>Print and sign: the finished form is printed with an empty signature line. Sign it in ink, then scan or photograph the signed page and add it as a document, or send the paper.</source>
            <translation>인쇄해서 서명하기: 완성된 양식은 서명란이 빈 채로 인쇄됩니다. 펜으로 서명한 뒤 서명한 페이지를 스캔하거나 사진을 찍어 서류로 추가하거나, 종이를 보내세요.</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>서명 지우기(&amp;L)</translation>
        </message>
        <message>
            <source>Erases the drawn signature so you can sign again.</source>
            <translation>다시 서명할 수 있도록 그린 서명을 지웁니다.</translation>
        </message>
        <message>
            <source>Typed signature</source>
            <translation>입력한 서명</translation>
        </message>
    </context>
    <context>
        <name>DestinationsView</name>
        <message>
            <source>Check before sending: the Ombudsman's office changed how it operates in 2025, so these contact details may be out of date. Confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>보내기 전에 확인하세요: 옴부즈맨 사무소는 2025년에 운영 방식을 바꾸었으므로 이 연락처가 오래되었을 수 있습니다. 다음에 인터넷이 될 때 www.dhs.gov/cisombudsman에서 확인하세요.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>전화</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>전화(무료)</translation>
        </message>
        <message>
            <source>(last checked {date})</source>
            <translation>(마지막 확인: {date})</translation>
        </message>
        <message>
            <source>Older brochures say: {value}</source>
            <translation>예전 안내서에는: {value}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>출처: {source}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Choose copies of your documents</source>
            <translation>서류 사본을 고르세요</translation>
        </message>
        <message>
            <source>Documents (%1);;All files (*)</source>
            <translation>서류 (%1);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>The notice's values are on the applications step.</source>
            <translation>통지서의 값이 신청서 단계에 들어갔습니다.</translation>
        </message>
        <message>
            <source>Adding %1 (encrypted)…</source>
            <translation>%1 추가 중(암호화됨)…</translation>
        </message>
        <message>
            <source>“%1” was not added.</source>
            <translation>“%1”은(는) 추가되지 않았습니다.</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>그 파일을 추가하지 못했습니다. 아무것도 바뀌지 않았습니다. 다른 파일로 해 보세요.</translation>
        </message>
        <message>
            <source>Added. It is kept encrypted with this case.</source>
            <translation>추가되었습니다. 이 케이스와 함께 암호화되어 보관됩니다.</translation>
        </message>
        <message>
            <source>Remove this document?</source>
            <translation>이 문서를 뺄까요?</translation>
        </message>
        <message>
            <source>“%1” will be taken out of this case and its encrypted copy deleted. Your own file is not touched: you can add it again later.</source>
            <translation>“%1”이(가) 이 사례에서 빠지고 암호화된 사본이 삭제됩니다. 원래 파일은 그대로이므로 나중에 다시 추가할 수 있습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n쪽</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this document</source>
            <translation>이 서류 빼기</translation>
        </message>
        <message>
            <source>Remove document %1</source>
            <translation>서류 %1 빼기</translation>
        </message>
        <message>
            <source>Deletes the encrypted copy from this case. Your own file is not touched.</source>
            <translation>이 케이스에서 암호화된 사본을 지웁니다. 원래 파일은 건드리지 않습니다.</translation>
        </message>
        <message>
            <source>The Ombudsman does not return papers. Add copies of USCIS notices and of what you sent USCIS; your own files are not changed.</source>
            <translation>옴부즈맨은 서류를 돌려주지 않습니다. USCIS 통지서와 USCIS에 보낸 서류의 사본을 추가하세요. 원래 파일은 바뀌지 않습니다.</translation>
        </message>
        <message>
            <source>&amp;Add documents…</source>
            <translation>서류 추가(&amp;A)…</translation>
        </message>
        <message>
            <source>Opens a window to choose PDF files or photos of your documents.</source>
            <translation>PDF 파일이나 서류 사진을 고르는 창을 엽니다.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>USCIS 통지서 읽기…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a notice USCIS sent you, for the applications step, and can keep the notice here as a document received from USCIS.</source>
            <translation>USCIS가 보낸 통지서의 사진, 스캔 또는 PDF에서 접수 번호, 접수일, 양식 번호를 읽어 신청서 단계에 넣고, 통지서를 USCIS에서 받은 서류로 여기에 보관할 수 있습니다.</translation>
        </message>
        <message>
            <source>Or drag files from your folders onto this page.</source>
            <translation>또는 폴더에서 파일을 이 페이지로 끌어다 놓으세요.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Cancel adding the document</source>
            <translation>서류 추가 취소</translation>
        </message>
        <message>
            <source>Adding the document</source>
            <translation>서류를 추가하는 중</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Send</source>
            <translation>보내기</translation>
        </message>
        <message>
            <source>The form still has problems (listed above). Fix them, then try again.</source>
            <translation>양식에 아직 문제가 있습니다(위 목록). 고친 뒤 다시 해 보세요.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>취소하는 중…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>완료.</translation>
        </message>
        <message>
            <source>The package is ready: {path}</source>
            <translation>꾸러미가 준비되었습니다: {path}</translation>
        </message>
        <message>
            <source>Follow README.txt in it, step by step.</source>
            <translation>안에 있는 README.txt를 한 단계씩 따라 하세요.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>취소했습니다. 아무것도 저장되지 않았습니다.</translation>
        </message>
        <message>
            <source>Where to save the package</source>
            <translation>꾸러미를 저장할 곳</translation>
        </message>
        <message>
            <source>No program on this computer could open the folder. Open it yourself in your file manager: %1</source>
            <translation>이 컴퓨터에는 폴더를 열 수 있는 프로그램이 없습니다. 파일 관리자에서 직접 여세요: %1</translation>
        </message>
        <message>
            <source>No mail program is set up on this computer. Write the email in your webmail or on another computer, with the files from: %1</source>
            <translation>이 컴퓨터에 설정된 메일 프로그램이 없습니다. 웹메일이나 다른 컴퓨터에서 다음 폴더의 파일을 첨부해 이메일을 쓰세요: %1</translation>
        </message>
        <message>
            <source>Make the package to send your request. Everything stays on this computer: you carry the package to a computer that is online, or print it.</source>
            <translation>요청을 보낼 꾸러미를 만드세요. 모든 것은 이 컴퓨터에 남습니다: 꾸러미를 인터넷이 되는 컴퓨터로 가져가거나 인쇄하세요.</translation>
        </message>
        <message>
            <source>Where it goes</source>
            <translation>보내는 곳</translation>
        </message>
        <message>
            <source>Where it goes: the Ombudsman's addresses</source>
            <translation>보낼 곳: 옴부즈맨 주소</translation>
        </message>
        <message>
            <source>Shows or hides the email address, fax number and mail address.</source>
            <translation>이메일 주소, 팩스 번호, 우편 주소를 보여 주거나 숨깁니다.</translation>
        </message>
        <message>
            <source>How will you send it?</source>
            <translation>어떻게 보내시겠어요?</translation>
        </message>
        <message>
            <source>&amp;Email (recommended): a message ready to send, with the files</source>
            <translation>이메일(&amp;E)(권장): 파일이 첨부된, 바로 보낼 수 있는 메시지</translation>
        </message>
        <message>
            <source>&amp;Fax: one PDF to fax, with a cover sheet</source>
            <translation>팩스(&amp;F): 표지가 있는 팩스용 PDF 한 개</translation>
        </message>
        <message>
            <source>&amp;Mail: pages to print and post (can take up to 14 days longer)</source>
            <translation>우편(&amp;M): 인쇄해서 부칠 페이지(최대 14일 더 걸릴 수 있음)</translation>
        </message>
        <message>
            <source>As one &amp;zip file</source>
            <translation>zip 파일 하나로(&amp;Z)</translation>
        </message>
        <message>
            <source>One file instead of a folder</source>
            <translation>폴더 대신 파일 하나</translation>
        </message>
        <message>
            <source>Also as a &amp;TIFF file for fax services</source>
            <translation>팩스 서비스용 TIFF 파일도 만들기(&amp;T)</translation>
        </message>
        <message>
            <source>Some fax services and fax modems want TIFF instead of PDF</source>
            <translation>일부 팩스 서비스와 팩스 모뎀은 PDF 대신 TIFF를 원합니다</translation>
        </message>
        <message>
            <source>Largest email: </source>
            <translation>가장 큰 이메일: </translation>
        </message>
        <message>
            <source>Largest email size in megabytes</source>
            <translation>이메일 최대 크기(메가바이트)</translation>
        </message>
        <message>
            <source>Folder to save the package in</source>
            <translation>꾸러미를 저장할 폴더</translation>
        </message>
        <message>
            <source>Bigger documents are split over several emails of at most this size.</source>
            <translation>큰 서류는 이 크기를 넘지 않는 여러 이메일로 나뉩니다.</translation>
        </message>
        <message>
            <source>Type a folder, or use Choose folder to pick one.</source>
            <translation>폴더를 입력하거나 ‘폴더 고르기’로 고르세요.</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>저장 위치:</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>폴더 고르기(&amp;H)…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>폴더를 고르세요</translation>
        </message>
        <message>
            <source>The package is the only thing Ombud Desktop saves without encryption: anyone with this computer or USB stick can read it. Delete it once it is sent.</source>
            <translation>꾸러미는 Ombud Desktop이 암호화하지 않고 저장하는 유일한 것입니다: 이 컴퓨터나 USB를 가진 사람은 누구나 읽을 수 있습니다. 보낸 뒤에는 삭제하세요.</translation>
        </message>
        <message>
            <source>Make the &amp;package</source>
            <translation>꾸러미 만들기(&amp;P)</translation>
        </message>
        <message>
            <source>Start the export</source>
            <translation>내보내기 시작</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>취소(&amp;C)</translation>
        </message>
        <message>
            <source>Stop; nothing is saved</source>
            <translation>멈춤. 아무것도 저장되지 않습니다</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>폴더 열기(&amp;O)</translation>
        </message>
        <message>
            <source>Show the package</source>
            <translation>꾸러미 보기</translation>
        </message>
        <message>
            <source>Open my &amp;mail program</source>
            <translation>메일 프로그램 열기(&amp;M)</translation>
        </message>
        <message>
            <source>Starts a new message; attach the files from the folder</source>
            <translation>새 메시지를 시작합니다. 폴더의 파일을 첨부하세요</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>인쇄(&amp;R)…</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>우편용 꾸러미 인쇄</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>The Ombudsman reads English. If you can, write this answer in English or ask someone to help you. An answer in your own language is still better than no answer.</source>
            <translation>옴부즈맨은 영어로 읽습니다. 가능하면 이 답을 영어로 쓰거나 다른 사람에게 도움을 받으세요. 그래도 내 언어로 쓴 답이 답이 없는 것보다 낫습니다.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (필수)</translation>
        </message>
        <message>
            <source>%1 (worth answering)</source>
            <translation>%1 (답하면 좋음)</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>예: %1</translation>
        </message>
    </context>
    <context>
        <name>FilingBox</name>
        <message>
            <source>Remove %1 %2</source>
            <translation>%1 %2 빼기</translation>
        </message>
        <message>
            <source>Takes this row out of the list. The other rows keep their answers.</source>
            <translation>이 줄을 목록에서 뺍니다. 다른 줄의 답은 그대로입니다.</translation>
        </message>
    </context>
    <context>
        <name>FilingsPage</name>
        <message>
            <source>%1 %2 was removed (%3).</source>
            <translation>삭제됨: %1 %2(%3).</translation>
        </message>
        <message>
            <source>no receipt number</source>
            <translation>접수 번호 없음</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <source>Puts the removed application back, with its answers.</source>
            <translation>삭제한 신청서를 답과 함께 되돌립니다.</translation>
        </message>
        <message>
            <source>&amp;Add another application or petition</source>
            <translation>신청서 또는 청원서 하나 더 추가(&amp;A)</translation>
        </message>
        <message>
            <source>Adds an empty row for one more form you filed with USCIS.</source>
            <translation>USCIS에 제출한 양식 하나를 더 적을 빈 줄을 추가합니다.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>USCIS 통지서 읽기…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a USCIS notice, on this computer. You check them before they are used.</source>
            <translation>이 컴퓨터에서 USCIS 통지서의 사진, 스캔 또는 PDF로부터 접수 번호, 접수일, 양식 번호를 읽습니다. 사용하기 전에 직접 확인합니다.</translation>
        </message>
        <message>
            <source>Tip: you can paste several receipt numbers into one box at once; each gets its own row. Spaces and dashes are removed for you.</source>
            <translation>팁: 접수 번호 여러 개를 한 칸에 한꺼번에 붙여 넣을 수 있습니다. 각 번호가 따로 한 줄이 됩니다. 빈칸과 줄표는 자동으로 지워집니다.</translation>
        </message>
    </context>
    <context>
        <name>FinishPanel</name>
        <message>
            <source>What happens next</source>
            <translation>다음에 일어나는 일</translation>
        </message>
        <message>
            <source>1. Send it: open your mail program (or webmail), attach the files from the package folder and send the message to the address in README.txt.</source>
            <translation>1. 보내기: 메일 프로그램(또는 웹메일)을 열고 패키지 폴더의 파일을 첨부해 README.txt에 적힌 주소로 보내세요.</translation>
        </message>
        <message>
            <source>1. Send it: fax the PDF in the package folder to the number in README.txt, and keep the fax confirmation page.</source>
            <translation>1. 보내기: 패키지 폴더의 PDF를 README.txt에 적힌 번호로 팩스로 보내고 팩스 확인서를 보관하세요.</translation>
        </message>
        <message>
            <source>1. Send it: print the mail packet, sign where it says so, and post it to the address in README.txt. Mail to the government can take up to 14 days longer.</source>
            <translation>1. 보내기: 우편 패킷을 인쇄해 표시된 곳에 서명한 뒤 README.txt에 적힌 주소로 부치세요. 정부로 가는 우편은 최대 14일 더 걸릴 수 있습니다.</translation>
        </message>
        <message>
            <source>2. Record it: once it is sent, fill in “After sending” below and press “Mark as sent”. The case list then shows it as sent, with the date.</source>
            <translation>2. 기록하기: 보낸 뒤 아래 ‘보낸 후’를 채우고 ‘보냄으로 표시’를 누르세요. 사례 목록에 날짜와 함께 보냄으로 표시됩니다.</translation>
        </message>
        <message>
            <source>3. Wait for an answer: no time is promised. Save the reminders below: they remind you after 30 and after 90 days. Keep answering any letter from USCIS meanwhile.</source>
            <translation>3. 답변 기다리기: 정해진 기간은 없습니다. 아래 알림을 저장하세요. 30일 후와 90일 후에 알려 줍니다. 그동안 USCIS의 편지에는 계속 답하세요.</translation>
        </message>
        <message>
            <source>4. If nothing comes: after 30 days, write or call the Ombudsman's office (addresses under “Where it goes”) with the receipt number and the date you sent it. Do not send the same request twice.</source>
            <translation>4. 아무 소식이 없으면: 30일 후 접수 번호와 보낸 날짜를 가지고 옴부즈맨 사무소(‘보낼 곳’의 주소)에 편지나 전화로 문의하세요. 같은 요청을 두 번 보내지 마세요.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>The computer's password store did not keep the key: its window was closed or it said no. Nothing was set up. Choose a passphrase below instead, or choose the password store again to retry.</source>
            <translation>컴퓨터의 비밀번호 저장소가 키를 보관하지 않았습니다. 창이 닫혔거나 거부했습니다. 아무것도 설정되지 않았습니다. 아래에서 암호 문구를 정하거나, 비밀번호 저장소를 다시 선택해 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Welcome to Ombud Desktop</source>
            <translation>Ombud Desktop에 오신 것을 환영합니다</translation>
        </message>
        <message>
            <source>Your cases will be kept encrypted on this computer. Choose how to lock them.</source>
            <translation>케이스는 이 컴퓨터에 암호화되어 보관됩니다. 잠그는 방법을 고르세요.</translation>
        </message>
        <message>
            <source>With a passphrase I type each time (best on a shared computer)</source>
            <translation>매번 입력하는 암호 문구로(공용 컴퓨터에서 가장 좋음)</translation>
        </message>
        <message>
            <source>Nobody can open the cases without the passphrase.</source>
            <translation>암호 문구 없이는 누구도 케이스를 열 수 없습니다.</translation>
        </message>
        <message>
            <source>With this computer's password store (keyring)</source>
            <translation>이 컴퓨터의 비밀번호 저장소(키링)로</translation>
        </message>
        <message>
            <source>Anyone who can log in to this computer account can open the cases.</source>
            <translation>이 컴퓨터 계정에 로그인할 수 있는 사람은 누구나 케이스를 열 수 있습니다.</translation>
        </message>
        <message>
            <source>If you choose it, the computer may ask for its own password (often the one you log in with) to open its password store.</source>
            <translation>이것을 선택하면 컴퓨터가 비밀번호 저장소를 열기 위해 자체 비밀번호(보통 로그인할 때 쓰는 비밀번호)를 물을 수 있습니다.</translation>
        </message>
        <message>
            <source>No secure password store was found on this computer.</source>
            <translation>이 컴퓨터에서 안전한 비밀번호 저장소를 찾지 못했습니다.</translation>
        </message>
        <message>
            <source>Looking for this computer's password store…</source>
            <translation>이 컴퓨터의 비밀번호 저장소를 찾는 중입니다…</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the passphrase is lost)</source>
            <translation>인쇄할 복구 키 만들기(암호 문구를 잃어버린 경우 대비)</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the password store is lost)</source>
            <translation>인쇄할 복구 키 만들기(비밀번호 저장소를 잃어버릴 경우)</translation>
        </message>
        <message>
            <source>A long code shown once. Print it or write it down and keep it safe.</source>
            <translation>한 번만 보이는 긴 코드입니다. 인쇄하거나 적어서 안전하게 보관하세요.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>만들기(&amp;C)</translation>
        </message>
        <message>
            <source>Sets up the encrypted storage.</source>
            <translation>암호화 저장소를 준비합니다.</translation>
        </message>
    </context>
    <context>
        <name>HandoffPassphraseDialog</name>
        <message>
            <source>Protect the hand-off file</source>
            <translation>인계 파일 보호</translation>
        </message>
        <message>
            <source>Open the hand-off file</source>
            <translation>인계 파일 열기</translation>
        </message>
        <message>
            <source>Choose a passphrase for this file, and tell it to the receiver in person or by phone, never with the file. This one was made for you:</source>
            <translation>이 파일의 암호 문구를 정하고, 받는 사람에게 직접 만나거나 전화로 알려 주세요. 파일과 함께 보내면 안 됩니다. 다음은 만들어 드린 문구입니다:</translation>
        </message>
        <message>
            <source>The passphrase of this file:</source>
            <translation>이 파일의 암호 문구:</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>추천 암호 문구</translation>
        </message>
        <message>
            <source>Use this passphrase</source>
            <translation>이 암호 문구 사용</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>암호 문구</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>암호 문구를 다시 입력하세요</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>암호 문구를 입력하세요.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>두 암호 문구가 다릅니다. 같은 문구를 두 번 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Draft</source>
            <translation>작성 중</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>보냄</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(아직 이름 없음)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1, %2(으)로</translation>
        </message>
        <message>
            <source>due for deletion</source>
            <translation>삭제 대상</translation>
        </message>
        <message>
            <source>Not edited for a long time: delete it when you no longer need it.</source>
            <translation>오랫동안 수정하지 않았습니다: 더 필요 없으면 삭제하세요.</translation>
        </message>
        <message>
            <source>No cases yet: start with “New case”.</source>
            <translation>아직 케이스가 없습니다: ‘새 케이스’로 시작하세요.</translation>
        </message>
        <message>
            <source>Choose a case and press Enter to open it, or start a new one.</source>
            <translation>케이스를 고르고 Enter를 눌러 열거나, 새로 시작하세요.</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>이 케이스를 삭제할까요?</translation>
        </message>
        <message>
            <source>“%1” and all its documents will be destroyed for good. This cannot be undone.</source>
            <translation>“%1”와 모든 서류가 영구히 없어집니다. 되돌릴 수 없습니다.</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>케이스를 삭제했습니다.</translation>
        </message>
        <message>
            <source>Save the hand-off file</source>
            <translation>인계 파일 저장</translation>
        </message>
        <message>
            <source>Hand-off files (*.ombud-handoff)</source>
            <translation>인계 파일 (*.ombud-handoff)</translation>
        </message>
        <message>
            <source>Saved. The file is encrypted with the passphrase you chose.</source>
            <translation>저장했습니다. 파일은 고른 암호 문구로 암호화되었습니다.</translation>
        </message>
        <message>
            <source>Open a hand-off file</source>
            <translation>인계 파일 열기</translation>
        </message>
        <message>
            <source>Saving the hand-off file</source>
            <translation>인계 파일 저장 중</translation>
        </message>
        <message>
            <source>Package made</source>
            <translation>패키지 만듦</translation>
        </message>
        <message>
            <source>Case %1 cannot be opened: select it to see why.</source>
            <translation>%1 사건을 열 수 없습니다. 선택하면 이유가 보입니다.</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>손상됨</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%2단계 중 %1단계</translation>
        </message>
        <message>
            <source>Use the older copy of this case?</source>
            <translation>이 사건의 이전 사본을 사용할까요?</translation>
        </message>
        <message>
            <source>The copy of case %1 in the data folder is older than the last version Ombud Desktop saved, and no newer copy is left. Use it only if you put it back yourself from a backup: what was changed after that copy was made (answers, documents, the date it was sent) is not in it.</source>
            <translation>데이터 폴더에 있는 %1 사건의 사본은 Ombud Desktop이 마지막으로 저장한 버전보다 오래되었고, 더 새로운 사본은 남아 있지 않습니다. 직접 백업에서 되돌려 놓은 경우에만 사용하세요. 그 사본을 만든 뒤에 바뀐 내용(답변, 서류, 보낸 날짜)은 들어 있지 않습니다.</translation>
        </message>
        <message>
            <source>Use this older copy</source>
            <translation>이 이전 사본 사용</translation>
        </message>
        <message>
            <source>Encrypting the case and its documents…</source>
            <translation>사건과 문서를 암호화하는 중…</translation>
        </message>
        <message>
            <source>Receiving a hand-off file</source>
            <translation>인계 파일 받는 중</translation>
        </message>
        <message>
            <source>Checking and adding the case…</source>
            <translation>사건을 확인하고 추가하는 중…</translation>
        </message>
        <message>
            <source>The case was added to your list.</source>
            <translation>케이스가 목록에 추가되었습니다.</translation>
        </message>
        <message>
            <source>Your cases</source>
            <translation>내 케이스</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>양식</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>진행</translation>
        </message>
        <message>
            <source>Next thing to do</source>
            <translation>다음에 할 일</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>마지막 수정</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>케이스</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a case and Enter to open it.</source>
            <translation>화살표 키로 케이스를 고르고 Enter로 여세요.</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>새 케이스(&amp;N)</translation>
        </message>
        <message>
            <source>Starts an empty case.</source>
            <translation>빈 케이스를 시작합니다.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>열기(&amp;O)</translation>
        </message>
        <message>
            <source>Opens the chosen case where you left off.</source>
            <translation>고른 케이스를 멈춘 곳에서 엽니다.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>삭제(&amp;D)…</translation>
        </message>
        <message>
            <source>Destroys the chosen case and its documents, after asking.</source>
            <translation>확인한 뒤 고른 케이스와 서류를 없앱니다.</translation>
        </message>
        <message>
            <source>&amp;Hand off…</source>
            <translation>인계(&amp;H)…</translation>
        </message>
        <message>
            <source>Saves the chosen case to an encrypted file for another volunteer.</source>
            <translation>다른 자원봉사자를 위해 고른 케이스를 암호화된 파일로 저장합니다.</translation>
        </message>
        <message>
            <source>&amp;Receive a hand-off…</source>
            <translation>인계 받기(&amp;R)…</translation>
        </message>
        <message>
            <source>Adds a case from a hand-off file.</source>
            <translation>인계 파일에서 케이스를 추가합니다.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>설정(&amp;S)…</translation>
        </message>
        <message>
            <source>Language, automatic lock and more.</source>
            <translation>언어, 자동 잠금 등.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Choose the language for the app. Each language is named in itself.</source>
            <translation>앱에서 쓸 언어를 고르세요. 각 언어는 그 언어로 적혀 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>mm/dd/yyyy</source>
            <translation>mm/dd/yyyy(월/일/년)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Your last changes are not saved</source>
            <translation>마지막 변경 내용이 저장되지 않았습니다</translation>
        </message>
        <message>
            <source>Ombud Desktop could not save your last changes (see the message at the bottom of the window). If you close now, they are lost. Close anyway?</source>
            <translation>Ombud Desktop이 마지막 변경 내용을 저장하지 못했습니다(창 아래쪽 메시지 참고). 지금 닫으면 잃게 됩니다. 그래도 닫을까요?</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>빠른 종료</translation>
        </message>
        <message>
            <source>Hides everything at once. Shortcut: %1</source>
            <translation>모든 것을 즉시 숨깁니다. 단축키: %1</translation>
        </message>
        <message>
            <source>Locks the app at once and hides every case. Shortcut: Ctrl+Shift+Q.</source>
            <translation>앱을 즉시 잠그고 모든 케이스를 숨깁니다. 단축키: Ctrl+Shift+Q.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseBox</name>
        <message>
            <source>Suggested passphrase: %1 — write it down before going on.</source>
            <translation>추천 암호 문구: %1 — 계속하기 전에 적어 두세요.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type them again.</source>
            <translation>두 암호 문구가 다릅니다. 다시 입력하세요.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>암호 문구</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: %1</source>
            <translation>이 암호 문구는 너무 쉽게 추측됩니다: %1</translation>
        </message>
        <message>
            <source>Use five or more words that do not belong together, or press “Suggest a passphrase”.</source>
            <translation>서로 관련 없는 단어 다섯 개 이상을 쓰거나 ‘암호 문구 추천’을 누르세요.</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>충분히 강합니다.</translation>
        </message>
        <message>
            <source>&amp;Passphrase (five or more words)</source>
            <translation>암호 문구(다섯 단어 이상)(&amp;P)</translation>
        </message>
        <message>
            <source>Five or more words that do not belong together. Write it down.</source>
            <translation>서로 관련 없는 단어 다섯 개 이상. 적어 두세요.</translation>
        </message>
        <message>
            <source>&amp;Repeat the passphrase</source>
            <translation>암호 문구 다시 입력(&amp;R)</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>암호 문구 다시 입력</translation>
        </message>
        <message>
            <source>The same passphrase again, to catch typos.</source>
            <translation>오타를 잡기 위해 같은 암호 문구를 한 번 더 입력합니다.</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>암호 문구 추천</translation>
        </message>
        <message>
            <source>Makes up a strong passphrase and shows it, to write down.</source>
            <translation>강한 암호 문구를 만들어 보여 줍니다. 적어 두세요.</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>추천 암호 문구</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Something unexpected went wrong while reading the notice ({kind}). Nothing was changed; type the values from the notice instead.</source>
            <translation>통지서를 읽는 중 예기치 않은 문제가 생겼습니다({kind}). 아무것도 바뀌지 않았습니다. 통지서의 값을 직접 입력하세요.</translation>
        </message>
        <message>
            <source>Check on the notice: %1</source>
            <translation>통지서에서 확인하세요: %1</translation>
        </message>
        <message>
            <source>The reader is not sure of this value: compare it with the notice.</source>
            <translation>읽기 프로그램이 이 값을 확신하지 못합니다. 통지서와 비교하세요.</translation>
        </message>
        <message>
            <source>Receipt notice</source>
            <translation>접수 통지서</translation>
        </message>
        <message>
            <source>Transfer notice</source>
            <translation>이관 통지서</translation>
        </message>
        <message>
            <source>Biometrics appointment</source>
            <translation>생체 정보 등록 예약</translation>
        </message>
        <message>
            <source>Request for evidence</source>
            <translation>증거 요청</translation>
        </message>
        <message>
            <source>Approval notice</source>
            <translation>승인 통지서</translation>
        </message>
        <message>
            <source>Read a USCIS notice</source>
            <translation>USCIS 통지서 읽기</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>접수 번호</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>접수일</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>통지일</translation>
        </message>
        <message>
            <source>Form number (case type)</source>
            <translation>양식 번호(사건 유형)</translation>
        </message>
        <message>
            <source>Notice type</source>
            <translation>통지서 종류</translation>
        </message>
        <message>
            <source>Priority date</source>
            <translation>우선일</translation>
        </message>
        <message>
            <source>A-Number</source>
            <translation>A 번호</translation>
        </message>
        <message>
            <source>Reading %1 on this computer…</source>
            <translation>이 컴퓨터에서 %1 읽는 중…</translation>
        </message>
        <message>
            <source>No values were found in this picture. Try a sharper photo of the whole page in good light, or type the values from the notice.</source>
            <translation>이 사진에서 값을 찾지 못했습니다. 밝은 곳에서 페이지 전체를 더 선명하게 찍어 보거나 통지서의 값을 직접 입력하세요.</translation>
        </message>
        <message>
            <source>Check each value against the notice and correct it if needed. Nothing is filled in until you choose “Use these”.</source>
            <translation>각 값을 통지서와 비교하고 필요하면 고치세요. “이 값 사용”을 누르기 전에는 아무것도 입력되지 않습니다.</translation>
        </message>
        <message>
            <source>Characters in red may be misread. The highlighted areas show where each value was read.</source>
            <translation>빨간색 글자는 잘못 읽혔을 수 있습니다. 강조된 부분은 각 값을 읽은 위치입니다.</translation>
        </message>
        <message>
            <source>“Use these” fills in the form number, receipt number and received date of an application. The other values are shown for you to compare.</source>
            <translation>“이 값 사용”은 신청서 하나의 양식 번호, 접수 번호, 접수일을 입력합니다. 다른 값은 비교할 수 있도록 보여 줍니다.</translation>
        </message>
        <message>
            <source>Keep the notice with this case as a document (encrypted)</source>
            <translation>통지서를 이 사건의 서류로 보관(암호화)</translation>
        </message>
        <message>
            <source>Use these</source>
            <translation>이 값 사용</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Choose a photo, scan or PDF of the notice</source>
            <translation>통지서의 사진, 스캔 또는 PDF 선택</translation>
        </message>
        <message>
            <source>Pictures and PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>사진 및 PDF (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;모든 파일 (*)</translation>
        </message>
    </context>
    <context>
        <name>OrgHeader</name>
        <message>
            <source>Logo of %1</source>
            <translation>%1 로고</translation>
        </message>
        <message>
            <source>Organization logo</source>
            <translation>기관 로고</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>도움을 받을 수 있는 곳</translation>
        </message>
        <message>
            <source>Some organization settings could not be used: the app works with its standard settings for them.</source>
            <translation>일부 기관 설정을 사용할 수 없습니다. 앱은 해당 항목에 기본 설정을 사용해 작동합니다.</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>자세히…</translation>
        </message>
        <message>
            <source>Hide this note</source>
            <translation>이 알림 숨기기</translation>
        </message>
        <message>
            <source>Shows what is wrong in the organization settings and how to fix it.</source>
            <translation>기관 설정에서 무엇이 잘못되었고 어떻게 고치는지 보여 줍니다.</translation>
        </message>
        <message>
            <source>Hides this note until the app is started again.</source>
            <translation>앱을 다시 시작할 때까지 이 알림을 숨깁니다.</translation>
        </message>
        <message>
            <source>Some organization settings could not be used, so the app uses its standard settings for them:</source>
            <translation>일부 기관 설정을 사용할 수 없어, 앱이 해당 항목에 기본 설정을 사용합니다:</translation>
        </message>
        <message>
            <source>You can keep working. Tell whoever set up this app: they can fix the file %1 and check it with “ombud-desktop org-config”.</source>
            <translation>계속 작업하셔도 됩니다. 이 앱을 설치한 분께 알려 주세요. 그분이 %1 파일을 고치고 “ombud-desktop org-config”로 확인할 수 있습니다.</translation>
        </message>
        <message>
            <source>Organization settings</source>
            <translation>기관 설정</translation>
        </message>
    </context>
    <context>
        <name>PdfPasswordBox</name>
        <message>
            <source>That password does not open “%1”. Try again, or skip this file.</source>
            <translation>이 비밀번호로는 “%1”을(를) 열 수 없습니다. 다시 시도하거나 이 파일을 건너뛰세요.</translation>
        </message>
        <message>
            <source>“%1” is protected by a password. Type its password to add it: the app keeps a copy without the password, encrypted with this case.</source>
            <translation>“%1”은(는) 비밀번호로 보호되어 있습니다. 추가하려면 비밀번호를 입력하세요. 앱은 비밀번호 없는 사본을 이 사례와 함께 암호화하여 보관합니다.</translation>
        </message>
        <message>
            <source>Password of the PDF</source>
            <translation>PDF 비밀번호</translation>
        </message>
        <message>
            <source>What you type is not shown. It opens the PDF once and is not kept.</source>
            <translation>입력한 내용은 표시되지 않습니다. PDF를 한 번 여는 데만 쓰이고 보관되지 않습니다.</translation>
        </message>
        <message>
            <source>Add &amp;with this password</source>
            <translation>이 비밀번호로 추가(&amp;W)</translation>
        </message>
        <message>
            <source>Opens the PDF with this password and adds it.</source>
            <translation>이 비밀번호로 PDF를 열어 추가합니다.</translation>
        </message>
        <message>
            <source>S&amp;kip this file</source>
            <translation>이 파일 건너뛰기(&amp;K)</translation>
        </message>
        <message>
            <source>Does not add it.</source>
            <translation>추가하지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Previous page</source>
            <translation>이전 페이지(&amp;P)</translation>
        </message>
        <message>
            <source>Shows the page before.</source>
            <translation>앞 페이지를 보여 줍니다.</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>다음 페이지(&amp;N)</translation>
        </message>
        <message>
            <source>Shows the page after.</source>
            <translation>다음 페이지를 보여 줍니다.</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>축소(&amp;O)</translation>
        </message>
        <message>
            <source>Makes the pages smaller.</source>
            <translation>페이지를 작게 합니다.</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>확대(&amp;I)</translation>
        </message>
        <message>
            <source>Makes the pages larger.</source>
            <translation>페이지를 크게 합니다.</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>너비에 맞추기(&amp;F)</translation>
        </message>
        <message>
            <source>Makes a page as wide as the view.</source>
            <translation>페이지를 보기 너비에 맞춥니다.</translation>
        </message>
        <message>
            <source>Preview of the PDF that will be sent</source>
            <translation>보낼 PDF 미리 보기</translation>
        </message>
        <message>
            <source>The pages of the PDF. Page Up and Page Down turn the pages, the arrow keys scroll, Ctrl and + or − zoom.</source>
            <translation>PDF의 페이지입니다. Page Up과 Page Down으로 페이지를 넘기고, 화살표 키로 스크롤하며, Ctrl과 + 또는 −로 확대·축소합니다.</translation>
        </message>
        <message>
            <source>The preview could not be shown: the PDF did not load.</source>
            <translation>미리 보기를 표시할 수 없습니다: PDF를 불러오지 못했습니다.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>%2쪽 중 %1쪽</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>아직 미리 보기가 없습니다</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewPanel</name>
        <message>
            <source>Making the preview…</source>
            <translation>미리 보기를 만드는 중…</translation>
        </message>
        <message>
            <source>This is the PDF as it will be sent (marked PREVIEW until signed).</source>
            <translation>보낼 PDF 그대로입니다(서명 전까지 PREVIEW 표시).</translation>
        </message>
        <message>
            <source>The preview could not be made: %1</source>
            <translation>미리 보기를 만들 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the PDF</source>
            <translation>PDF 확인</translation>
        </message>
        <message>
            <source>This is your request exactly as the Ombudsman will receive it: the form, then the list of your documents and their pages. It is marked PREVIEW; the copy made on the next step has no such marks and is signed as you chose.</source>
            <translation>옴부즈맨이 받게 될 요청서 그대로입니다. 양식 다음에 서류 목록과 각 서류의 페이지가 이어집니다. 여기에는 PREVIEW(미리 보기) 표시가 있으며, 다음 단계에서 만드는 사본에는 이 표시가 없고 선택하신 방식으로 서명됩니다.</translation>
        </message>
    </context>
    <context>
        <name>ProcessingTimeView</name>
        <message>
            <source>When you enter the USCIS receipt date of your application (step “Applications and petitions”), a picture here shows how long it has waited.</source>
            <translation>신청서의 USCIS 접수 날짜를 넣으면(‘신청서와 청원서’ 단계), 여기에 얼마나 기다렸는지 그림으로 보입니다.</translation>
        </message>
        <message>
            <source>Received by USCIS</source>
            <translation>USCIS 접수</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <source>Your case has been pending %1 months.</source>
            <translation>케이스가 %1개월째 대기 중입니다.</translation>
        </message>
        <message>
            <source>Posted processing time ends</source>
            <translation>공지된 처리 기간 끝</translation>
        </message>
        <message>
            <source>That is %1 months past the posted time.</source>
            <translation>공지된 기간보다 %1개월 지났습니다.</translation>
        </message>
        <message>
            <source>It is still within the posted processing time.</source>
            <translation>아직 공지된 처리 기간 안입니다.</translation>
        </message>
        <message>
            <source>Timeline of your case</source>
            <translation>케이스 진행 일정</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Ready to send.</source>
            <translation>보낼 준비가 되었습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) worth a look below; they do not stop you.</source>
            <translation>
                <numerusform>아래에 살펴볼 것이 %n개 있습니다. 계속 진행하는 데 문제는 없습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not ready yet: %n answer(s) must be fixed first.</source>
            <translation>
                <numerusform>아직 준비되지 않았습니다: 먼저 답 %n개를 고쳐야 합니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more worth a look.</source>
            <translation>
                <numerusform>살펴볼 것 %n개 더.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must fix</source>
            <translation>꼭 고치기</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>확인</translation>
        </message>
        <message>
            <source>Readiness report</source>
            <translation>준비 상태 보고서</translation>
        </message>
        <message>
            <source>Each line is something to fix or check. Press Enter to go to that answer.</source>
            <translation>각 줄은 고치거나 확인할 것입니다. Enter를 누르면 그 답으로 갑니다.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsPage</name>
        <message>
            <source>What you said on the step “Can the Ombudsman help?” is already ticked below. Add any other reason, or untick one that does not fit.</source>
            <translation>‘옴부즈맨(Ombudsman)이 도울 수 있나요?’ 단계에서 말한 내용이 아래에 이미 선택되어 있습니다. 다른 이유를 더하거나 맞지 않는 것은 해제하세요.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>새 복구 키</translation>
        </message>
        <message>
            <source>Closes this window.</source>
            <translation>이 창을 닫습니다.</translation>
        </message>
        <message>
            <source>Close without noting the key?</source>
            <translation>키를 적지 않고 닫을까요?</translation>
        </message>
        <message>
            <source>The recovery key is not shown again. Close anyway? (You can make another one in Settings.)</source>
            <translation>복구 키는 다시 표시되지 않습니다. 그래도 닫을까요? (설정에서 새로 만들 수 있습니다.)</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation>새 복구 키 만들기</translation>
        </message>
        <message>
            <source>Your old recovery key will stop working: throw that paper away once the new key is printed or written down. Go on?</source>
            <translation>이전 복구 키는 더 이상 작동하지 않습니다. 새 키를 인쇄하거나 적은 뒤 그 종이는 버리세요. 계속할까요?</translation>
        </message>
        <message>
            <source>Your current passphrase:</source>
            <translation>현재 암호 문구:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <source>Group %1 of %2: %3</source>
            <translation>%2개 중 %1번째 묶음: %3</translation>
        </message>
        <message>
            <source>Shown once. Print or write it down.</source>
            <translation>한 번만 보입니다. 인쇄하거나 적어 두세요.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key down by hand, carefully, group by group.</source>
            <translation>이 컴퓨터에 설정된 프린터가 없습니다. 키를 한 묶음씩 조심해서 손으로 적으세요.</translation>
        </message>
        <message>
            <source>Nothing was saved. Choose a printer, or write it down.</source>
            <translation>아무것도 저장되지 않았습니다. 프린터를 고르거나 손으로 적으세요.</translation>
        </message>
        <message>
            <source>Ombud Desktop recovery key</source>
            <translation>Ombud Desktop 복구 키</translation>
        </message>
        <message>
            <source>Keep this paper in a safe place. It opens all your cases.</source>
            <translation>이 종이를 안전한 곳에 보관하세요. 모든 케이스를 열 수 있습니다.</translation>
        </message>
        <message>
            <source>Save the recovery key in a file?</source>
            <translation>복구 키를 파일로 저장할까요?</translation>
        </message>
        <message>
            <source>You chose to print into a file. That file is not encrypted: anyone who finds it can open all your cases. Print on paper instead, or delete the file as soon as it is printed. Save it anyway?</source>
            <translation>파일로 인쇄를 선택했습니다. 그 파일은 암호화되지 않아, 찾은 사람은 누구나 모든 사례를 열 수 있습니다. 종이에 인쇄하거나, 인쇄하자마자 파일을 지우세요. 그래도 저장할까요?</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>복구 키</translation>
        </message>
        <message>
            <source>This key opens your cases if the passphrase is forgotten. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
            <translation>암호 문구를 잊으면 이 키로 케이스를 열 수 있습니다. 지금 한 번만 보입니다. 인쇄하거나 적어서 이 컴퓨터와 떨어진 곳에 보관하세요.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>복구 키</translation>
        </message>
        <message>
            <source>&amp;Print the recovery key…</source>
            <translation>복구 키 인쇄(&amp;P)…</translation>
        </message>
        <message>
            <source>Prints the key on paper.</source>
            <translation>키를 종이에 인쇄합니다.</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>복구 키를 인쇄했거나 적어 두었습니다</translation>
        </message>
        <message>
            <source>Needed to go on; the key is not shown again.</source>
            <translation>계속하려면 필요합니다. 키는 다시 보이지 않습니다.</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>계속(&amp;O)</translation>
        </message>
        <message>
            <source>Goes to your list of cases.</source>
            <translation>케이스 목록으로 갑니다.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review your answers</source>
            <translation>답 다시 보기</translation>
        </message>
        <message>
            <source>Hi&amp;de the PDF</source>
            <translation>PDF 숨기기(&amp;D)</translation>
        </message>
        <message>
            <source>Hides the PDF again; your answers stay as they are.</source>
            <translation>PDF를 다시 숨깁니다. 답변은 그대로 유지됩니다.</translation>
        </message>
        <message>
            <source>&amp;Show the PDF as it will be sent</source>
            <translation>보낼 PDF 그대로 보기(&amp;S)</translation>
        </message>
        <message>
            <source>Shows the form and your documents as one PDF, below this button.</source>
            <translation>양식과 서류를 하나의 PDF로 이 버튼 아래에 보여 줍니다.</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>아직 답이 없습니다</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>“%1” 바꾸기</translation>
        </message>
        <message>
            <source>Goes to this step to change these answers.</source>
            <translation>이 답을 바꾸려면 이 단계로 갑니다.</translation>
        </message>
        <message>
            <source>Read your answers once more. Use “Change” to fix anything; you come back here with Next. Lines marked “Must fix” keep the form from being sent.</source>
            <translation>답을 한 번 더 읽어 보세요. ‘바꾸기’로 무엇이든 고칠 수 있고, ‘다음’을 누르면 여기로 돌아옵니다. ‘꼭 고치기’ 표시가 있는 줄이 있으면 양식을 보낼 수 없습니다.</translation>
        </message>
        <message>
            <source>Is it ready to send?</source>
            <translation>보낼 준비가 되었나요?</translation>
        </message>
        <message>
            <source>Your answers, as on the form</source>
            <translation>양식 순서대로 본 내 답</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>The Ombudsman may not be able to help</source>
            <translation>옴부즈맨이 돕지 못할 수도 있습니다</translation>
        </message>
    </context>
    <context>
        <name>SentPanel</name>
        <message>
            <source>The reference holds invisible control characters ({chars}). Type it again without them.</source>
            <translation>참조 번호에 보이지 않는 제어 문자({chars})가 들어 있습니다. 그 문자 없이 다시 입력하세요.</translation>
        </message>
        <message>
            <source>Could not record it just now; try again.</source>
            <translation>지금 기록하지 못했습니다. 다시 해 보세요.</translation>
        </message>
        <message>
            <source>Marked as sent on {date} by {channel}.</source>
            <translation>{date}에 {channel}(으)로 보냄으로 표시했습니다.</translation>
        </message>
        <message>
            <source>Save follow-up reminders</source>
            <translation>후속 확인 알림 저장</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>캘린더 파일 (*.ics)</translation>
        </message>
        <message>
            <source>The reminders could not be saved ({reason}). Choose another folder.</source>
            <translation>알림을 저장하지 못했습니다({reason}). 다른 폴더를 고르세요.</translation>
        </message>
        <message>
            <source>Reminders saved: open {path} to add them to your calendar.</source>
            <translation>알림을 저장했습니다: {path}을(를) 열어 캘린더에 추가하세요.</translation>
        </message>
        <message>
            <source>Delete the package?</source>
            <translation>꾸러미를 삭제할까요?</translation>
        </message>
        <message>
            <source>The package is not encrypted. Now that it is sent, delete it from this computer? (Your case stays saved in Ombud Desktop.)</source>
            <translation>꾸러미는 암호화되어 있지 않습니다. 이제 보냈으니 이 컴퓨터에서 삭제할까요? (케이스는 Ombud Desktop에 그대로 저장되어 있습니다.)</translation>
        </message>
        <message>
            <source>The package was deleted.</source>
            <translation>꾸러미를 삭제했습니다.</translation>
        </message>
        <message>
            <source>After sending</source>
            <translation>보낸 뒤</translation>
        </message>
        <message>
            <source>Date sent:</source>
            <translation>보낸 날짜:</translation>
        </message>
        <message>
            <source>Sent by:</source>
            <translation>보낸 방법:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>참조 번호:</translation>
        </message>
        <message>
            <source>fax confirmation number, tracking number, or the email's date</source>
            <translation>팩스 확인 번호, 배송 추적 번호 또는 이메일 날짜</translation>
        </message>
        <message>
            <source>The day you emailed, faxed or mailed it.</source>
            <translation>이메일, 팩스 또는 우편으로 보낸 날짜입니다.</translation>
        </message>
        <message>
            <source>How you sent it: email, fax or mail.</source>
            <translation>보낸 방법: 이메일, 팩스 또는 우편.</translation>
        </message>
        <message>
            <source>Mark as &amp;sent</source>
            <translation>보냄으로 표시(&amp;S)</translation>
        </message>
        <message>
            <source>Record that it was sent</source>
            <translation>보냈다고 기록하기</translation>
        </message>
        <message>
            <source>Save &amp;reminders…</source>
            <translation>알림 저장(&amp;R)…</translation>
        </message>
        <message>
            <source>A calendar file reminding you to follow up after 30 and 90 days</source>
            <translation>30일과 90일 뒤에 확인하라고 알려 주는 캘린더 파일</translation>
        </message>
        <message>
            <source>&amp;Delete the package</source>
            <translation>꾸러미 삭제(&amp;D)</translation>
        </message>
        <message>
            <source>Remove the unencrypted export from this computer</source>
            <translation>암호화되지 않은 내보내기 파일을 이 컴퓨터에서 지우기</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>안 함</translation>
        </message>
        <message>
            <source> min</source>
            <translation>분</translation>
        </message>
        <message>
            <source> days</source>
            <translation>일</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>고대비</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>사용하지 않은 지 몇 분 후 잠글지</translation>
        </message>
        <message>
            <source>Hides everything when nobody touched the keyboard or mouse. 0 = never.</source>
            <translation>아무도 키보드나 마우스를 건드리지 않으면 모든 것을 숨깁니다. 0 = 안 함.</translation>
        </message>
        <message>
            <source>Mark cases for deletion after</source>
            <translation>다음 기간이 지나면 케이스를 삭제 대상으로 표시</translation>
        </message>
        <message>
            <source>Cases not edited for this long are marked on the case list.</source>
            <translation>이 기간 동안 수정하지 않은 케이스는 목록에 표시됩니다.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>글자 크기</translation>
        </message>
        <message>
            <source>Makes all text bigger, up to twice the normal size.</source>
            <translation>모든 글자를 최대 두 배까지 크게 합니다.</translation>
        </message>
        <message>
            <source>Black text on white with strong lines.</source>
            <translation>흰 바탕에 검은 글씨, 굵은 선.</translation>
        </message>
        <message>
            <source>Change the passphrase…</source>
            <translation>암호 문구 변경…</translation>
        </message>
        <message>
            <source>Add a passphrase…</source>
            <translation>암호 문구 추가…</translation>
        </message>
        <message>
            <source>A new passphrase to unlock your cases; the old one stops working.</source>
            <translation>사례를 여는 새 암호 문구입니다. 이전 것은 더 이상 작동하지 않습니다.</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>새 복구 키 만들기…</translation>
        </message>
        <message>
            <source>Shows a new key to print; an earlier key stops working.</source>
            <translation>인쇄할 새 키를 보여 줍니다. 이전 키는 더 이상 작동하지 않습니다.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>암호 문구가 변경되었습니다.</translation>
        </message>
        <message>
            <source>The new recovery key is in force.</source>
            <translation>새 복구 키가 적용되었습니다.</translation>
        </message>
        <message>
            <source>Ombud Desktop %1</source>
            <translation>Ombud Desktop 버전 %1</translation>
        </message>
        <message>
            <source>Set up by %1.</source>
            <translation>%1에서 설치했습니다.</translation>
        </message>
        <message>
            <source>Mark cases for deletion?</source>
            <translation>사건을 삭제 대상으로 표시할까요?</translation>
        </message>
        <message numerus="yes">
            <source>With a period of %1 days, %n more case(s) will be marked as due for deletion. Change the period?</source>
            <translation>
                <numerusform>기간을 %1일로 하면 사건 %n건이 더 삭제 대상으로 표시됩니다. 기간을 바꿀까요?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature drawing area</source>
            <translation>서명 그리는 곳</translation>
        </message>
        <message>
            <source>Sign here with a mouse, pen or finger. Press Delete to clear. Without a mouse, choose the typed signature or print and sign instead.</source>
            <translation>마우스, 펜 또는 손가락으로 여기에 서명하세요. Delete를 누르면 지워집니다. 마우스가 없으면 입력한 서명이나 인쇄해서 서명하기를 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>SignedPagePanel</name>
        <message>
            <source>Save the page to sign</source>
            <translation>서명할 페이지 저장</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 파일 (*.pdf)</translation>
        </message>
        <message>
            <source>The page could not be saved ({reason}). Choose another folder.</source>
            <translation>페이지를 저장할 수 없습니다({reason}). 다른 폴더를 선택하세요.</translation>
        </message>
        <message>
            <source>Saved in {path} (not encrypted: delete it once the signed page is added). Sign and date it in ink.</source>
            <translation>{path}에 저장했습니다(암호화되지 않음: 서명한 페이지를 추가한 후 삭제하세요). 잉크로 서명하고 날짜를 쓰세요.</translation>
        </message>
        <message>
            <source>Choose the scan or photo of the signed page</source>
            <translation>서명한 페이지의 스캔이나 사진을 선택하세요</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
            <translation>스캔과 사진 (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Adding the signed page (encrypted)…</source>
            <translation>서명한 페이지를 추가하는 중(암호화)…</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>그 파일을 추가할 수 없습니다. 아무것도 바뀌지 않았습니다. 다른 파일을 사용해 보세요.</translation>
        </message>
        <message>
            <source>The signed page is added. It is kept encrypted.</source>
            <translation>서명한 페이지를 추가했습니다. 암호화되어 보관됩니다.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax: print the page to sign, sign and date it in ink, then add a scan or a phone photo of the signed page. By mail, sign the printed form itself.</source>
            <translation>이 양식은 잉크로 직접 서명합니다. 이메일이나 팩스로 보내려면 서명할 페이지를 인쇄하고 잉크로 서명하고 날짜를 쓴 다음, 서명한 페이지의 스캔이나 휴대폰 사진을 추가하세요. 우편으로 보낼 때는 인쇄한 양식에 직접 서명하세요.</translation>
        </message>
        <message>
            <source>The signed page is added: it takes the place of the unsigned page in everything you send.</source>
            <translation>서명한 페이지를 추가했습니다. 보내는 모든 것에서 서명하지 않은 페이지 대신 들어갑니다.</translation>
        </message>
        <message>
            <source>Print the page to sign</source>
            <translation>서명할 페이지 인쇄</translation>
        </message>
        <message>
            <source>The signature page with the person's name and receipt number on it</source>
            <translation>본인 이름과 접수 번호가 적힌 서명 페이지</translation>
        </message>
        <message>
            <source>Add the signed page</source>
            <translation>서명한 페이지 추가</translation>
        </message>
        <message>
            <source>A scan or phone photo of the page, signed and dated in ink</source>
            <translation>잉크로 서명하고 날짜를 쓴 페이지의 스캔이나 휴대폰 사진</translation>
        </message>
    </context>
    <context>
        <name>SubmitterPage</name>
        <message>
            <source>Your saved details were filled in.</source>
            <translation>저장한 정보를 채웠습니다.</translation>
        </message>
        <message>
            <source>Fill in your details first, then save them.</source>
            <translation>먼저 정보를 채운 뒤 저장하세요.</translation>
        </message>
        <message>
            <source>Saved. New cases can be filled with these details in one step.</source>
            <translation>저장했습니다. 새 케이스에 이 정보를 한 번에 채울 수 있습니다.</translation>
        </message>
        <message>
            <source>&amp;Fill in my saved details</source>
            <translation>저장한 내 정보 채우기(&amp;F)</translation>
        </message>
        <message>
            <source>Copies the details you saved before (name, organization, contact) here.</source>
            <translation>전에 저장한 정보(이름, 단체, 연락처)를 여기에 복사합니다.</translation>
        </message>
        <message>
            <source>Sa&amp;ve my details for next time</source>
            <translation>다음을 위해 내 정보 저장(&amp;V)</translation>
        </message>
        <message>
            <source>Keeps these details, encrypted, to fill in new cases quickly.</source>
            <translation>새 케이스를 빨리 채울 수 있도록 이 정보를 암호화해 보관합니다.</translation>
        </message>
    </context>
    <context>
        <name>TermHelp</name>
        <message>
            <source>What is “%1”?</source>
            <translation>‘%1’이란?</translation>
        </message>
        <message>
            <source>Shows or hides a short explanation.</source>
            <translation>짧은 설명을 보여 주거나 숨깁니다.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Type your passphrase, then press Enter.</source>
            <translation>암호 문구를 입력하고 Enter를 누르세요.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>암호 문구가 맞지 않습니다. Caps Lock을 확인하고 다시 해 보세요.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Type your passphrase instead, or try the password store again.</source>
            <translation>컴퓨터의 비밀번호 저장소가 키를 주지 않았습니다. 창이 닫혔거나 거부했습니다. 암호 문구를 입력하거나 비밀번호 저장소로 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Use your recovery key instead, or try the password store again.</source>
            <translation>컴퓨터의 비밀번호 저장소가 키를 주지 않았습니다. 창이 닫혔거나 거부했습니다. 복구 키를 사용하거나 비밀번호 저장소로 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Try again, and type the computer's password when it asks.</source>
            <translation>컴퓨터의 비밀번호 저장소가 키를 주지 않았습니다. 창이 닫혔거나 거부했습니다. 다시 시도하고, 물으면 컴퓨터 비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <source>Type the recovery key from your paper, then press Enter.</source>
            <translation>종이에 적힌 복구 키를 입력한 다음 Enter 키를 누르세요.</translation>
        </message>
        <message>
            <source>The new passphrase is saved. Your old recovery key no longer works.</source>
            <translation>새 암호 문구가 저장되었습니다. 이전 복구 키는 더 이상 작동하지 않습니다.</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>새 암호 문구 정하기</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>잠김</translation>
        </message>
        <message>
            <source>Ombud Desktop is locked and your cases are hidden. Unlock to go on.</source>
            <translation>Ombud Desktop이 잠겨 있고 케이스가 숨겨져 있습니다. 계속하려면 잠금을 푸세요.</translation>
        </message>
        <message>
            <source>Unlock your cases</source>
            <translation>케이스 잠금 풀기</translation>
        </message>
        <message>
            <source>Your cases are kept encrypted on this computer.</source>
            <translation>케이스는 이 컴퓨터에 암호화되어 보관됩니다.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>암호 문구(&amp;P)</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>암호 문구</translation>
        </message>
        <message>
            <source>The passphrase chosen when Ombud Desktop was set up. Press Enter to unlock.</source>
            <translation>Ombud Desktop을 설정할 때 정한 암호 문구입니다. Enter를 누르면 잠금이 풀립니다.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>잠금 풀기(&amp;U)</translation>
        </message>
        <message>
            <source>Unlocks with the passphrase.</source>
            <translation>암호 문구로 잠금을 풉니다.</translation>
        </message>
        <message>
            <source>Unlock with the &amp;system keyring</source>
            <translation>시스템 키링으로 잠금 풀기(&amp;S)</translation>
        </message>
        <message>
            <source>Uses the key kept by this computer's password store.</source>
            <translation>이 컴퓨터의 비밀번호 저장소에 있는 키를 씁니다.</translation>
        </message>
        <message>
            <source>Use the recovery &amp;key</source>
            <translation>복구 키 사용(&amp;K)</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Opens your cases with the recovery key on paper.</source>
            <translation>암호 문구를 잊으셨나요? 종이에 적힌 복구 키로 사례를 엽니다.</translation>
        </message>
        <message>
            <source>Recovery &amp;key (groups of four letters and digits)</source>
            <translation>복구 키(네 글자씩 묶인 문자와 숫자)(&amp;K)</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>복구 키</translation>
        </message>
        <message>
            <source>Type it as printed; dashes and spaces do not matter. Press Enter to open.</source>
            <translation>인쇄된 대로 입력하세요. 대시와 공백은 상관없습니다. Enter 키를 누르면 열립니다.</translation>
        </message>
        <message>
            <source>&amp;Open with the recovery key</source>
            <translation>복구 키로 열기(&amp;O)</translation>
        </message>
        <message>
            <source>Opens your cases, then asks for a new passphrase.</source>
            <translation>사례를 연 다음 새 암호 문구를 묻습니다.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>뒤로(&amp;B)</translation>
        </message>
        <message>
            <source>Back to the passphrase.</source>
            <translation>암호 문구로 돌아갑니다.</translation>
        </message>
        <message>
            <source>Your cases are open. Now choose a new passphrase: you will type it from now on.</source>
            <translation>사례가 열렸습니다. 이제 새 암호 문구를 정하세요. 앞으로는 이것을 입력합니다.</translation>
        </message>
        <message>
            <source>&amp;Save the new passphrase</source>
            <translation>새 암호 문구 저장(&amp;S)</translation>
        </message>
        <message>
            <source>Saves it and opens your cases. Your recovery key keeps working.</source>
            <translation>저장하고 사례를 엽니다. 복구 키는 계속 쓸 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>환영합니다</translation>
        </message>
        <message>
            <source>This app helps you ask the CIS Ombudsman for help with a case that is stuck or went wrong at USCIS. It fills in Form DHS-7001 with you, one question at a time, and makes a package you can email, fax or mail.</source>
            <translation>이 앱은 USCIS에서 멈췄거나 잘못된 케이스에 대해 CIS 옴부즈맨에게 도움을 요청하도록 돕습니다. DHS-7001 양식을 한 번에 한 질문씩 함께 채우고, 이메일, 팩스 또는 우편으로 보낼 수 있는 꾸러미를 만듭니다.</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>필요한 것</translation>
        </message>
        <message>
            <source>• Your USCIS receipt notices (the receipt number starts with 3 letters).
• The dates you contacted USCIS and any reference numbers.
• Copies of letters from USCIS and of what you sent them. Never send originals.
• About 20 to 40 minutes. You can stop at any time: everything is saved.</source>
            <translation>• USCIS 접수 통지서(접수 번호는 영문자 3개로 시작).
• USCIS에 연락한 날짜와 참조 번호.
• USCIS에서 받은 편지와 USCIS에 보낸 것의 사본. 원본은 절대 보내지 마세요.
• 약 20~40분. 언제든 멈출 수 있습니다: 모든 내용이 저장됩니다.</translation>
        </message>
        <message>
            <source>Your privacy</source>
            <translation>개인정보 보호</translation>
        </message>
        <message>
            <source>Everything you type and every document you add stays on this computer, encrypted. The app never uses the internet. Nothing is sent until you send it yourself. Use Quick exit (Ctrl+Shift+Q) to hide everything at once.</source>
            <translation>입력한 모든 내용과 추가한 모든 서류는 이 컴퓨터에 암호화되어 남습니다. 앱은 인터넷을 쓰지 않습니다. 직접 보내기 전에는 아무것도 보내지 않습니다. 빠른 종료(Ctrl+Shift+Q)로 모든 것을 한 번에 숨길 수 있습니다.</translation>
        </message>
        <message>
            <source>What the Ombudsman can and cannot do</source>
            <translation>옴부즈맨이 할 수 있는 일과 할 수 없는 일</translation>
        </message>
        <message>
            <source>The Ombudsman can ask USCIS to look at a problem with your case. It cannot give legal advice or change a USCIS decision. This app is not made by the U.S. government and does not give legal advice.</source>
            <translation>옴부즈맨은 USCIS에 케이스의 문제를 살펴보라고 요청할 수 있습니다. 법률 조언을 하거나 USCIS 결정을 바꿀 수는 없습니다. 이 앱은 미국 정부가 만든 것이 아니며 법률 조언을 하지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>WizardView</name>
        <message>
            <source>Saving…</source>
            <translation>저장 중…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>저장됨</translation>
        </message>
        <message>
            <source>Please answer this before going on: %1</source>
            <translation>계속하기 전에 이것에 답하세요: %1</translation>
        </message>
        <message>
            <source>This step is not needed for this case.</source>
            <translation>이 사례에는 이 단계가 필요 없습니다.</translation>
        </message>
        <message>
            <source>Use Next to reach this step; earlier steps come first.</source>
            <translation>‘다음’으로 이 단계에 오세요. 앞 단계가 먼저입니다.</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>(필요 없음)</translation>
        </message>
        <message>
            <source>Step %1, “%2”, is now needed because of your answer.</source>
            <translation>답변에 따라 이제 %1단계 ‘%2’이(가) 필요합니다.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>단계</translation>
        </message>
        <message>
            <source>The steps of the form. Press Enter on a step you have visited to go back to it.</source>
            <translation>양식의 단계입니다. 이미 가 본 단계에서 Enter를 누르면 그 단계로 돌아갑니다.</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>처음 화면(&amp;H)</translation>
        </message>
        <message>
            <source>Back to the list of cases. Everything is saved.</source>
            <translation>케이스 목록으로 돌아갑니다. 모든 내용이 저장되어 있습니다.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; 이전(&amp;B)</translation>
        </message>
        <message>
            <source>The previous step. Nothing you typed is lost. Shortcut: Alt+Left.</source>
            <translation>이전 단계입니다. 입력한 내용은 없어지지 않습니다. 단축키: Alt+왼쪽.</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>다음(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>The next step. Shortcut: Alt+Right.</source>
            <translation>다음 단계입니다. 단축키: Alt+오른쪽.</translation>
        </message>
    </context>
    <context>
        <name>background_job</name>
        <message>
            <source>Something unexpected went wrong ({kind}). Your answers are safe; go back a step and try again.</source>
            <translation>예기치 않은 문제가 생겼습니다({kind}). 답변은 안전합니다. 한 단계 뒤로 갔다가 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>bundle_readme</name>
        <message>
            <source>Email (recommended)</source>
            <translation>이메일(권장)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>팩스</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>우편</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>전화</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>전화(무료)</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>웹사이트</translation>
        </message>
        <message>
            <source>Request for case assistance to the CIS Ombudsman (Form DHS-7001)</source>
            <translation>CIS 옴부즈맨 케이스 지원 요청(DHS-7001 양식)</translation>
        </message>
        <message>
            <source>For: {name}. Receipt number: {receipt}. Made on {date}. Way to send: {channel}.</source>
            <translation>대상: {name}. 접수 번호: {receipt}. 작성일: {date}. 보내는 방법: {channel}.</translation>
        </message>
        <message>
            <source>Prepared with the help of {organization}.</source>
            <translation>{organization}의 도움으로 준비했습니다.</translation>
        </message>
        <message>
            <source>Where to get help: {help}</source>
            <translation>도움을 받을 수 있는 곳: {help}</translation>
        </message>
        <message>
            <source>Important: the files in this folder are not encrypted and hold private information. Keep them safe, and delete this folder once the request is sent.</source>
            <translation>중요: 이 폴더의 파일은 암호화되어 있지 않으며 개인정보가 들어 있습니다. 안전하게 보관하고, 요청을 보낸 뒤에는 이 폴더를 삭제하세요.</translation>
        </message>
        <message>
            <source>The Ombudsman's office changed how it operates in 2025. These contact details may be out of date: confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>옴부즈맨 사무소는 2025년에 운영 방식을 바꾸었습니다. 이 연락처는 오래되었을 수 있습니다: 다음에 인터넷이 될 때 www.dhs.gov/cisombudsman에서 확인하세요.</translation>
        </message>
        <message>
            <source>Before you send: confirm the contact details</source>
            <translation>보내기 전에: 연락처 정보를 확인하세요</translation>
        </message>
        <message>
            <source>{label}: {value} (from: {source}; last checked {checked}).</source>
            <translation>{label}: {value} (출처: {source}, 마지막 확인: {checked}).</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>보내는 방법</translation>
        </message>
        <message>
            <source>What is in this folder</source>
            <translation>이 폴더에 있는 것</translation>
        </message>
        <message>
            <source>manifest.json and SHA256SUMS: every file with its size and SHA-256 checksum, to check that nothing was changed or lost on the way.</source>
            <translation>manifest.json과 SHA256SUMS: 모든 파일의 크기와 SHA-256 체크섬으로, 도중에 바뀌거나 없어진 것이 없는지 확인할 수 있습니다.</translation>
        </message>
        <message>
            <source>After sending: in Ombud Desktop, mark the case as sent with the date and the reference ({reference}). It makes reminders to follow up after 30 and 90 days.</source>
            <translation>보낸 뒤: Ombud Desktop에서 케이스를 보냄으로 표시하고 날짜와 참조 번호({reference})를 적으세요. 30일과 90일 뒤에 확인하라는 알림이 만들어집니다.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>이메일</translation>
        </message>
        <message>
            <source>fax</source>
            <translation>팩스</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>우편</translation>
        </message>
        <message>
            <source>the date you sent the email</source>
            <translation>이메일을 보낸 날짜</translation>
        </message>
        <message>
            <source>the number on the fax confirmation page</source>
            <translation>팩스 확인 페이지의 번호</translation>
        </message>
        <message>
            <source>the tracking number, if any</source>
            <translation>배송 추적 번호(있는 경우)</translation>
        </message>
        <message>
            <source>Open {first_eml} (double-click it): your mail program opens it as a new message to {email}, with the files attached.</source>
            <translation>{first_eml}을(를) 여세요(두 번 클릭). 메일 프로그램이 파일이 첨부된 {email} 앞 새 메시지로 엽니다.</translation>
        </message>
        <message>
            <source>There are {count} messages: send all of them, from part 1 to part {count}. Each one says in its text which documents it carries.</source>
            <translation>메시지가 {count}개입니다: 1부부터 {count}부까지 모두 보내세요. 각 메시지 본문에 어떤 서류가 들어 있는지 적혀 있습니다.</translation>
        </message>
        <message>
            <source>Check the message, then press Send.</source>
            <translation>메시지를 확인한 뒤 보내기를 누르세요.</translation>
        </message>
        <message>
            <source>If you use email in a web browser (Gmail, Outlook.com, Yahoo): write a new message to {email} with the subject "{subject}", copy into it the text of the matching message-N.txt file, attach the files it names from the folder "attachments", and send.</source>
            <translation>웹 브라우저에서 이메일을 쓴다면(Gmail, Outlook.com, Yahoo): {email} 앞으로 제목 "{subject}"인 새 메시지를 쓰고, 해당 message-N.txt 파일의 글을 복사해 넣고, "attachments" 폴더에서 그 파일에 적힌 파일들을 첨부한 뒤 보내세요.</translation>
        </message>
        <message>
            <source>{title} ({size} MB) is larger than the {limit} MB an email may carry, so it is not in any message. It is in the folder "attachments". Send it by fax or by mail, or make it smaller (scan fewer pages or at a lower resolution) and export again.</source>
            <translation>{title}({size} MB)은(는) 이메일 한 통에 담을 수 있는 {limit} MB보다 커서 어떤 메시지에도 들어 있지 않습니다. "attachments" 폴더에 있습니다. 팩스나 우편으로 보내거나, 더 작게 만든 뒤(더 적은 쪽을 스캔하거나 해상도를 낮춤) 다시 내보내세요.</translation>
        </message>
        <message>
            <source>Send {fax_pdf} ({pages} pages, this count includes the cover sheet) to the fax number {fax}.</source>
            <translation>{fax_pdf}({pages}쪽, 표지 포함)을(를) 팩스 번호 {fax}(으)로 보내세요.</translation>
        </message>
        <message>
            <source>With a fax machine: print {fax_pdf} single-sided and put all the pages in the machine. With a fax service or app: upload {fax_pdf}.</source>
            <translation>팩스 기계를 쓰면: {fax_pdf}을(를) 단면으로 인쇄해 모든 쪽을 기계에 넣으세요. 팩스 서비스나 앱을 쓰면: {fax_pdf}을(를) 올리세요.</translation>
        </message>
        <message>
            <source>Keep the confirmation page the fax machine or service gives you.</source>
            <translation>팩스 기계나 서비스가 주는 확인 페이지를 보관하세요.</translation>
        </message>
        <message>
            <source>If a fax service asks for a TIFF file, upload {fax_tiff} instead.</source>
            <translation>팩스 서비스가 TIFF 파일을 요구하면 대신 {fax_tiff}을(를) 올리세요.</translation>
        </message>
        <message>
            <source>Print {packet} single-sided ({packet_pages} pages). The first page is a checklist for you; do not mail it.</source>
            <translation>{packet}을(를) 단면으로 인쇄하세요({packet_pages}쪽). 첫 쪽은 당신을 위한 확인 목록이니 보내지 마세요.</translation>
        </message>
        <message>
            <source>Sign and date the form with a pen where it says "Sign here", if it asks for a signature by hand.</source>
            <translation>양식이 손 서명을 요구하면 "Sign here"라고 적힌 곳에 펜으로 서명하고 날짜를 적으세요.</translation>
        </message>
        <message>
            <source>Go through the checklist, then put the pages in order in the envelope, the address page on top.</source>
            <translation>확인 목록을 따라 한 뒤, 주소 페이지를 맨 위로 하여 순서대로 봉투에 넣으세요.</translation>
        </message>
        <message>
            <source>Mail it to: {address}. Mail may be delayed up to {days} days by security screening: email is faster.</source>
            <translation>보낼 주소: {address}. 보안 검사 때문에 우편이 최대 {days}일 늦어질 수 있습니다: 이메일이 더 빠릅니다.</translation>
        </message>
        <message>
            <source>{name}: the email message to send (part {part} of {count}).</source>
            <translation>{name}: 보낼 이메일 메시지({count}부 중 {part}부).</translation>
        </message>
        <message>
            <source>{name}: the text of message {part}, to paste into webmail.</source>
            <translation>{name}: 웹메일에 붙여 넣을 메시지 {part}의 글.</translation>
        </message>
        <message>
            <source>attachments/: the form and documents, as separate PDF files.</source>
            <translation>attachments/: 양식과 서류, 각각 별도의 PDF 파일.</translation>
        </message>
        <message>
            <source>{name}: the fax, ready to send ({pages} pages with the cover sheet).</source>
            <translation>{name}: 보낼 준비가 된 팩스(표지 포함 {pages}쪽).</translation>
        </message>
        <message>
            <source>{name}: the same fax as a TIFF file ({coding}) for fax services.</source>
            <translation>{name}: 팩스 서비스용으로 같은 팩스를 TIFF 파일({coding})로 만든 것입니다.</translation>
        </message>
        <message>
            <source>{name}: everything to print and mail.</source>
            <translation>{name}: 인쇄해서 우편으로 보낼 모든 것.</translation>
        </message>
    </context>
    <context>
        <name>countries</name>
        <message>
            <source>Afghanistan</source>
            <extracomment>country AF</extracomment>
            <translation>아프가니스탄</translation>
        </message>
        <message>
            <source>Albania</source>
            <extracomment>country AL</extracomment>
            <translation>알바니아</translation>
        </message>
        <message>
            <source>Algeria</source>
            <extracomment>country DZ</extracomment>
            <translation>알제리</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>country AS</extracomment>
            <translation>아메리칸사모아</translation>
        </message>
        <message>
            <source>Andorra</source>
            <extracomment>country AD</extracomment>
            <translation>안도라</translation>
        </message>
        <message>
            <source>Angola</source>
            <extracomment>country AO</extracomment>
            <translation>앙골라</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <extracomment>country AI</extracomment>
            <translation>앵귈라</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <extracomment>country AQ</extracomment>
            <translation>남극</translation>
        </message>
        <message>
            <source>Antigua and Barbuda</source>
            <extracomment>country AG</extracomment>
            <translation>앤티가 바부다</translation>
        </message>
        <message>
            <source>Argentina</source>
            <extracomment>country AR</extracomment>
            <translation>아르헨티나</translation>
        </message>
        <message>
            <source>Armenia</source>
            <extracomment>country AM</extracomment>
            <translation>아르메니아</translation>
        </message>
        <message>
            <source>Aruba</source>
            <extracomment>country AW</extracomment>
            <translation>아루바</translation>
        </message>
        <message>
            <source>Australia</source>
            <extracomment>country AU</extracomment>
            <translation>오스트레일리아</translation>
        </message>
        <message>
            <source>Austria</source>
            <extracomment>country AT</extracomment>
            <translation>오스트리아</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <extracomment>country AZ</extracomment>
            <translation>아제르바이잔</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <extracomment>country BS</extracomment>
            <translation>바하마</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <extracomment>country BH</extracomment>
            <translation>바레인</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <extracomment>country BD</extracomment>
            <translation>방글라데시</translation>
        </message>
        <message>
            <source>Barbados</source>
            <extracomment>country BB</extracomment>
            <translation>바베이도스</translation>
        </message>
        <message>
            <source>Belarus</source>
            <extracomment>country BY</extracomment>
            <translation>벨라루스</translation>
        </message>
        <message>
            <source>Belgium</source>
            <extracomment>country BE</extracomment>
            <translation>벨기에</translation>
        </message>
        <message>
            <source>Belize</source>
            <extracomment>country BZ</extracomment>
            <translation>벨리즈</translation>
        </message>
        <message>
            <source>Benin</source>
            <extracomment>country BJ</extracomment>
            <translation>베냉</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <extracomment>country BM</extracomment>
            <translation>버뮤다</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <extracomment>country BT</extracomment>
            <translation>부탄</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <extracomment>country BO</extracomment>
            <translation>볼리비아</translation>
        </message>
        <message>
            <source>Bonaire, Sint Eustatius and Saba</source>
            <extracomment>country BQ</extracomment>
            <translation>보네르, 신트외스타티위스, 사바 섬</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina</source>
            <extracomment>country BA</extracomment>
            <translation>보스니아 헤르체고비나</translation>
        </message>
        <message>
            <source>Botswana</source>
            <extracomment>country BW</extracomment>
            <translation>보츠와나</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <extracomment>country BV</extracomment>
            <translation>부베 섬</translation>
        </message>
        <message>
            <source>Brazil</source>
            <extracomment>country BR</extracomment>
            <translation>브라질</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <extracomment>country IO</extracomment>
            <translation>영국령 인도양 지역</translation>
        </message>
        <message>
            <source>Brunei Darussalam</source>
            <extracomment>country BN</extracomment>
            <translation>브루나이</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <extracomment>country BG</extracomment>
            <translation>불가리아</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <extracomment>country BF</extracomment>
            <translation>부르키나파소</translation>
        </message>
        <message>
            <source>Burundi</source>
            <extracomment>country BI</extracomment>
            <translation>부룬디</translation>
        </message>
        <message>
            <source>Cabo Verde</source>
            <extracomment>country CV</extracomment>
            <translation>카보베르데</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <extracomment>country KH</extracomment>
            <translation>캄보디아</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <extracomment>country CM</extracomment>
            <translation>카메룬</translation>
        </message>
        <message>
            <source>Canada</source>
            <extracomment>country CA</extracomment>
            <translation>캐나다</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <extracomment>country KY</extracomment>
            <translation>케이맨 제도</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <extracomment>country CF</extracomment>
            <translation>중앙아프리카 공화국</translation>
        </message>
        <message>
            <source>Chad</source>
            <extracomment>country TD</extracomment>
            <translation>차드</translation>
        </message>
        <message>
            <source>Chile</source>
            <extracomment>country CL</extracomment>
            <translation>칠레</translation>
        </message>
        <message>
            <source>China</source>
            <extracomment>country CN</extracomment>
            <translation>중국</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <extracomment>country CX</extracomment>
            <translation>크리스마스 섬</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <extracomment>country CC</extracomment>
            <translation>코코스 제도</translation>
        </message>
        <message>
            <source>Colombia</source>
            <extracomment>country CO</extracomment>
            <translation>콜롬비아</translation>
        </message>
        <message>
            <source>Comoros</source>
            <extracomment>country KM</extracomment>
            <translation>코모로</translation>
        </message>
        <message>
            <source>Congo</source>
            <extracomment>country CG</extracomment>
            <translation>콩고</translation>
        </message>
        <message>
            <source>Congo, The Democratic Republic of the</source>
            <extracomment>country CD</extracomment>
            <translation>콩고 민주 공화국</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <extracomment>country CK</extracomment>
            <translation>쿡 제도</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <extracomment>country CR</extracomment>
            <translation>코스타리카</translation>
        </message>
        <message>
            <source>Croatia</source>
            <extracomment>country HR</extracomment>
            <translation>크로아티아</translation>
        </message>
        <message>
            <source>Cuba</source>
            <extracomment>country CU</extracomment>
            <translation>쿠바</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <extracomment>country CW</extracomment>
            <translation>퀴라소</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <extracomment>country CY</extracomment>
            <translation>키프로스</translation>
        </message>
        <message>
            <source>Czechia</source>
            <extracomment>country CZ</extracomment>
            <translation>체코</translation>
        </message>
        <message>
            <source>Côte d'Ivoire</source>
            <extracomment>country CI</extracomment>
            <translation>코트디부아르</translation>
        </message>
        <message>
            <source>Denmark</source>
            <extracomment>country DK</extracomment>
            <translation>덴마크</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <extracomment>country DJ</extracomment>
            <translation>지부티</translation>
        </message>
        <message>
            <source>Dominica</source>
            <extracomment>country DM</extracomment>
            <translation>도미니카 연방</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <extracomment>country DO</extracomment>
            <translation>도미니카 공화국</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <extracomment>country EC</extracomment>
            <translation>에콰도르</translation>
        </message>
        <message>
            <source>Egypt</source>
            <extracomment>country EG</extracomment>
            <translation>이집트</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <extracomment>country SV</extracomment>
            <translation>엘살바도르</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <extracomment>country GQ</extracomment>
            <translation>적도 기니</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <extracomment>country ER</extracomment>
            <translation>에리트레아</translation>
        </message>
        <message>
            <source>Estonia</source>
            <extracomment>country EE</extracomment>
            <translation>에스토니아</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <extracomment>country SZ</extracomment>
            <translation>에스와티니</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <extracomment>country ET</extracomment>
            <translation>에티오피아</translation>
        </message>
        <message>
            <source>Falkland Islands (Malvinas)</source>
            <extracomment>country FK</extracomment>
            <translation>포클랜드 제도 (말비나스)</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <extracomment>country FO</extracomment>
            <translation>페로 제도</translation>
        </message>
        <message>
            <source>Fiji</source>
            <extracomment>country FJ</extracomment>
            <translation>피지</translation>
        </message>
        <message>
            <source>Finland</source>
            <extracomment>country FI</extracomment>
            <translation>핀란드</translation>
        </message>
        <message>
            <source>France</source>
            <extracomment>country FR</extracomment>
            <translation>프랑스</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <extracomment>country GF</extracomment>
            <translation>프랑스령 기아나</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <extracomment>country PF</extracomment>
            <translation>프랑스령 폴리네시아</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <extracomment>country TF</extracomment>
            <translation>프랑스령 남 자치구역</translation>
        </message>
        <message>
            <source>Gabon</source>
            <extracomment>country GA</extracomment>
            <translation>가봉</translation>
        </message>
        <message>
            <source>Gambia</source>
            <extracomment>country GM</extracomment>
            <translation>감비아</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>country GE</extracomment>
            <translation>조지아</translation>
        </message>
        <message>
            <source>Germany</source>
            <extracomment>country DE</extracomment>
            <translation>독일</translation>
        </message>
        <message>
            <source>Ghana</source>
            <extracomment>country GH</extracomment>
            <translation>가나</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <extracomment>country GI</extracomment>
            <translation>지브롤터</translation>
        </message>
        <message>
            <source>Greece</source>
            <extracomment>country GR</extracomment>
            <translation>그리스</translation>
        </message>
        <message>
            <source>Greenland</source>
            <extracomment>country GL</extracomment>
            <translation>그린란드</translation>
        </message>
        <message>
            <source>Grenada</source>
            <extracomment>country GD</extracomment>
            <translation>그레나다</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <extracomment>country GP</extracomment>
            <translation>과들루프</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>country GU</extracomment>
            <translation>괌</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <extracomment>country GT</extracomment>
            <translation>과테말라</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <extracomment>country GG</extracomment>
            <translation>건지 섬</translation>
        </message>
        <message>
            <source>Guinea</source>
            <extracomment>country GN</extracomment>
            <translation>기니</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <extracomment>country GW</extracomment>
            <translation>기니비사우</translation>
        </message>
        <message>
            <source>Guyana</source>
            <extracomment>country GY</extracomment>
            <translation>가이아나</translation>
        </message>
        <message>
            <source>Haiti</source>
            <extracomment>country HT</extracomment>
            <translation>아이티</translation>
        </message>
        <message>
            <source>Heard Island and McDonald Islands</source>
            <extracomment>country HM</extracomment>
            <translation>허드 맥도널드 제도</translation>
        </message>
        <message>
            <source>Holy See (Vatican City State)</source>
            <extracomment>country VA</extracomment>
            <translation>바티칸 시국</translation>
        </message>
        <message>
            <source>Honduras</source>
            <extracomment>country HN</extracomment>
            <translation>온두라스</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <extracomment>country HK</extracomment>
            <translation>홍콩</translation>
        </message>
        <message>
            <source>Hungary</source>
            <extracomment>country HU</extracomment>
            <translation>헝가리</translation>
        </message>
        <message>
            <source>Iceland</source>
            <extracomment>country IS</extracomment>
            <translation>아이슬란드</translation>
        </message>
        <message>
            <source>India</source>
            <extracomment>country IN</extracomment>
            <translation>인도</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <extracomment>country ID</extracomment>
            <translation>인도네시아</translation>
        </message>
        <message>
            <source>Iran</source>
            <extracomment>country IR</extracomment>
            <translation>이란</translation>
        </message>
        <message>
            <source>Iraq</source>
            <extracomment>country IQ</extracomment>
            <translation>이라크</translation>
        </message>
        <message>
            <source>Ireland</source>
            <extracomment>country IE</extracomment>
            <translation>아일랜드</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <extracomment>country IM</extracomment>
            <translation>맨 섬</translation>
        </message>
        <message>
            <source>Israel</source>
            <extracomment>country IL</extracomment>
            <translation>이스라엘</translation>
        </message>
        <message>
            <source>Italy</source>
            <extracomment>country IT</extracomment>
            <translation>이탈리아</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <extracomment>country JM</extracomment>
            <translation>자메이카</translation>
        </message>
        <message>
            <source>Japan</source>
            <extracomment>country JP</extracomment>
            <translation>일본</translation>
        </message>
        <message>
            <source>Jersey</source>
            <extracomment>country JE</extracomment>
            <translation>저지 섬</translation>
        </message>
        <message>
            <source>Jordan</source>
            <extracomment>country JO</extracomment>
            <translation>요르단</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <extracomment>country KZ</extracomment>
            <translation>카자흐스탄</translation>
        </message>
        <message>
            <source>Kenya</source>
            <extracomment>country KE</extracomment>
            <translation>케냐</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <extracomment>country KI</extracomment>
            <translation>키리바시</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <extracomment>country KW</extracomment>
            <translation>쿠웨이트</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <extracomment>country KG</extracomment>
            <translation>키르기스스탄</translation>
        </message>
        <message>
            <source>Laos</source>
            <extracomment>country LA</extracomment>
            <translation>라오스</translation>
        </message>
        <message>
            <source>Latvia</source>
            <extracomment>country LV</extracomment>
            <translation>라트비아</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <extracomment>country LB</extracomment>
            <translation>레바논</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <extracomment>country LS</extracomment>
            <translation>레소토</translation>
        </message>
        <message>
            <source>Liberia</source>
            <extracomment>country LR</extracomment>
            <translation>라이베리아</translation>
        </message>
        <message>
            <source>Libya</source>
            <extracomment>country LY</extracomment>
            <translation>리비아</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <extracomment>country LI</extracomment>
            <translation>리히텐슈타인</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <extracomment>country LT</extracomment>
            <translation>리투아니아</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <extracomment>country LU</extracomment>
            <translation>룩셈부르크</translation>
        </message>
        <message>
            <source>Macao</source>
            <extracomment>country MO</extracomment>
            <translation>마카오</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <extracomment>country MG</extracomment>
            <translation>마다가스카르</translation>
        </message>
        <message>
            <source>Malawi</source>
            <extracomment>country MW</extracomment>
            <translation>말라위</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <extracomment>country MY</extracomment>
            <translation>말레이시아</translation>
        </message>
        <message>
            <source>Maldives</source>
            <extracomment>country MV</extracomment>
            <translation>몰디브</translation>
        </message>
        <message>
            <source>Mali</source>
            <extracomment>country ML</extracomment>
            <translation>말리</translation>
        </message>
        <message>
            <source>Malta</source>
            <extracomment>country MT</extracomment>
            <translation>몰타</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>country MH</extracomment>
            <translation>마셜 제도</translation>
        </message>
        <message>
            <source>Martinique</source>
            <extracomment>country MQ</extracomment>
            <translation>마르티니크</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <extracomment>country MR</extracomment>
            <translation>모리타니</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <extracomment>country MU</extracomment>
            <translation>모리셔스</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <extracomment>country YT</extracomment>
            <translation>마요트</translation>
        </message>
        <message>
            <source>Mexico</source>
            <extracomment>country MX</extracomment>
            <translation>멕시코</translation>
        </message>
        <message>
            <source>Micronesia, Federated States of</source>
            <extracomment>country FM</extracomment>
            <translation>미크로네시아 연방</translation>
        </message>
        <message>
            <source>Moldova</source>
            <extracomment>country MD</extracomment>
            <translation>몰도바</translation>
        </message>
        <message>
            <source>Monaco</source>
            <extracomment>country MC</extracomment>
            <translation>모나코</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <extracomment>country MN</extracomment>
            <translation>몽골</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <extracomment>country ME</extracomment>
            <translation>몬테네그로</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <extracomment>country MS</extracomment>
            <translation>몬트세랫</translation>
        </message>
        <message>
            <source>Morocco</source>
            <extracomment>country MA</extracomment>
            <translation>모로코</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <extracomment>country MZ</extracomment>
            <translation>모잠비크</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <extracomment>country MM</extracomment>
            <translation>미얀마</translation>
        </message>
        <message>
            <source>Namibia</source>
            <extracomment>country NA</extracomment>
            <translation>나미비아</translation>
        </message>
        <message>
            <source>Nauru</source>
            <extracomment>country NR</extracomment>
            <translation>나우루</translation>
        </message>
        <message>
            <source>Nepal</source>
            <extracomment>country NP</extracomment>
            <translation>네팔</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <extracomment>country NL</extracomment>
            <translation>네덜란드</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <extracomment>country NC</extracomment>
            <translation>누벨칼레도니</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <extracomment>country NZ</extracomment>
            <translation>뉴질랜드</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <extracomment>country NI</extracomment>
            <translation>니카라과</translation>
        </message>
        <message>
            <source>Niger</source>
            <extracomment>country NE</extracomment>
            <translation>니제르</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <extracomment>country NG</extracomment>
            <translation>나이지리아</translation>
        </message>
        <message>
            <source>Niue</source>
            <extracomment>country NU</extracomment>
            <translation>니우에</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <extracomment>country NF</extracomment>
            <translation>노퍽 섬</translation>
        </message>
        <message>
            <source>North Korea</source>
            <extracomment>country KP</extracomment>
            <translation>북한</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <extracomment>country MK</extracomment>
            <translation>북마케도니아</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>country MP</extracomment>
            <translation>북마리아나 제도</translation>
        </message>
        <message>
            <source>Norway</source>
            <extracomment>country NO</extracomment>
            <translation>노르웨이</translation>
        </message>
        <message>
            <source>Oman</source>
            <extracomment>country OM</extracomment>
            <translation>오만</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <extracomment>country PK</extracomment>
            <translation>파키스탄</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>country PW</extracomment>
            <translation>팔라우</translation>
        </message>
        <message>
            <source>Palestine, State of</source>
            <extracomment>country PS</extracomment>
            <translation>팔레스타인</translation>
        </message>
        <message>
            <source>Panama</source>
            <extracomment>country PA</extracomment>
            <translation>파나마</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <extracomment>country PG</extracomment>
            <translation>파푸아뉴기니</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <extracomment>country PY</extracomment>
            <translation>파라과이</translation>
        </message>
        <message>
            <source>Peru</source>
            <extracomment>country PE</extracomment>
            <translation>페루</translation>
        </message>
        <message>
            <source>Philippines</source>
            <extracomment>country PH</extracomment>
            <translation>필리핀</translation>
        </message>
        <message>
            <source>Pitcairn</source>
            <extracomment>country PN</extracomment>
            <translation>핏케언 제도</translation>
        </message>
        <message>
            <source>Poland</source>
            <extracomment>country PL</extracomment>
            <translation>폴란드</translation>
        </message>
        <message>
            <source>Portugal</source>
            <extracomment>country PT</extracomment>
            <translation>포르투갈</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>country PR</extracomment>
            <translation>푸에르토리코</translation>
        </message>
        <message>
            <source>Qatar</source>
            <extracomment>country QA</extracomment>
            <translation>카타르</translation>
        </message>
        <message>
            <source>Romania</source>
            <extracomment>country RO</extracomment>
            <translation>루마니아</translation>
        </message>
        <message>
            <source>Russian Federation</source>
            <extracomment>country RU</extracomment>
            <translation>러시아</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <extracomment>country RW</extracomment>
            <translation>르완다</translation>
        </message>
        <message>
            <source>Réunion</source>
            <extracomment>country RE</extracomment>
            <translation>레위니옹</translation>
        </message>
        <message>
            <source>Saint Barthélemy</source>
            <extracomment>country BL</extracomment>
            <translation>생바르텔레미</translation>
        </message>
        <message>
            <source>Saint Helena, Ascension and Tristan da Cunha</source>
            <extracomment>country SH</extracomment>
            <translation>세인트헬레나 어센션 트리스탄다쿠냐</translation>
        </message>
        <message>
            <source>Saint Kitts and Nevis</source>
            <extracomment>country KN</extracomment>
            <translation>세인트키츠 네비스</translation>
        </message>
        <message>
            <source>Saint Lucia</source>
            <extracomment>country LC</extracomment>
            <translation>세인트루시아</translation>
        </message>
        <message>
            <source>Saint Martin (French part)</source>
            <extracomment>country MF</extracomment>
            <translation>생마르탱 (프랑스령)</translation>
        </message>
        <message>
            <source>Saint Pierre and Miquelon</source>
            <extracomment>country PM</extracomment>
            <translation>생피에르 미클롱</translation>
        </message>
        <message>
            <source>Saint Vincent and the Grenadines</source>
            <extracomment>country VC</extracomment>
            <translation>세인트빈센트 그레나딘</translation>
        </message>
        <message>
            <source>Samoa</source>
            <extracomment>country WS</extracomment>
            <translation>사모아</translation>
        </message>
        <message>
            <source>San Marino</source>
            <extracomment>country SM</extracomment>
            <translation>산마리노</translation>
        </message>
        <message>
            <source>Sao Tome and Principe</source>
            <extracomment>country ST</extracomment>
            <translation>상투메 프린시페</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <extracomment>country SA</extracomment>
            <translation>사우디아라비아</translation>
        </message>
        <message>
            <source>Senegal</source>
            <extracomment>country SN</extracomment>
            <translation>세네갈</translation>
        </message>
        <message>
            <source>Serbia</source>
            <extracomment>country RS</extracomment>
            <translation>세르비아</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <extracomment>country SC</extracomment>
            <translation>세이셸</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <extracomment>country SL</extracomment>
            <translation>시에라리온</translation>
        </message>
        <message>
            <source>Singapore</source>
            <extracomment>country SG</extracomment>
            <translation>싱가포르</translation>
        </message>
        <message>
            <source>Sint Maarten (Dutch part)</source>
            <extracomment>country SX</extracomment>
            <translation>신트마르턴 (네덜란드령)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <extracomment>country SK</extracomment>
            <translation>슬로바키아</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <extracomment>country SI</extracomment>
            <translation>슬로베니아</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>country SB</extracomment>
            <translation>솔로몬 제도</translation>
        </message>
        <message>
            <source>Somalia</source>
            <extracomment>country SO</extracomment>
            <translation>소말리아</translation>
        </message>
        <message>
            <source>South Africa</source>
            <extracomment>country ZA</extracomment>
            <translation>남아프리카 공화국</translation>
        </message>
        <message>
            <source>South Georgia and the South Sandwich Islands</source>
            <extracomment>country GS</extracomment>
            <translation>사우스조지아 사우스샌드위치 제도</translation>
        </message>
        <message>
            <source>South Korea</source>
            <extracomment>country KR</extracomment>
            <translation>대한민국 (한국)</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <extracomment>country SS</extracomment>
            <translation>남수단</translation>
        </message>
        <message>
            <source>Spain</source>
            <extracomment>country ES</extracomment>
            <translation>스페인</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <extracomment>country LK</extracomment>
            <translation>스리랑카</translation>
        </message>
        <message>
            <source>Sudan</source>
            <extracomment>country SD</extracomment>
            <translation>수단</translation>
        </message>
        <message>
            <source>Suriname</source>
            <extracomment>country SR</extracomment>
            <translation>수리남</translation>
        </message>
        <message>
            <source>Svalbard and Jan Mayen</source>
            <extracomment>country SJ</extracomment>
            <translation>스발바르 얀마옌 제도</translation>
        </message>
        <message>
            <source>Sweden</source>
            <extracomment>country SE</extracomment>
            <translation>스웨덴</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <extracomment>country CH</extracomment>
            <translation>스위스</translation>
        </message>
        <message>
            <source>Syria</source>
            <extracomment>country SY</extracomment>
            <translation>시리아</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <extracomment>country TW</extracomment>
            <translation>타이완</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <extracomment>country TJ</extracomment>
            <translation>타지키스탄</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <extracomment>country TZ</extracomment>
            <translation>탄자니아</translation>
        </message>
        <message>
            <source>Thailand</source>
            <extracomment>country TH</extracomment>
            <translation>태국</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <extracomment>country TL</extracomment>
            <translation>동티모르</translation>
        </message>
        <message>
            <source>Togo</source>
            <extracomment>country TG</extracomment>
            <translation>토고</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <extracomment>country TK</extracomment>
            <translation>토켈라우</translation>
        </message>
        <message>
            <source>Tonga</source>
            <extracomment>country TO</extracomment>
            <translation>통가</translation>
        </message>
        <message>
            <source>Trinidad and Tobago</source>
            <extracomment>country TT</extracomment>
            <translation>트리니다드 토바고</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <extracomment>country TN</extracomment>
            <translation>튀니지</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <extracomment>country TM</extracomment>
            <translation>투르크메니스탄</translation>
        </message>
        <message>
            <source>Turks and Caicos Islands</source>
            <extracomment>country TC</extracomment>
            <translation>터크스 케이커스 제도</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <extracomment>country TV</extracomment>
            <translation>투발루</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <extracomment>country TR</extracomment>
            <translation>튀르키예</translation>
        </message>
        <message>
            <source>Uganda</source>
            <extracomment>country UG</extracomment>
            <translation>우간다</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <extracomment>country UA</extracomment>
            <translation>우크라이나</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <extracomment>country AE</extracomment>
            <translation>아랍에미리트</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <extracomment>country GB</extracomment>
            <translation>영국</translation>
        </message>
        <message>
            <source>United States</source>
            <extracomment>country US</extracomment>
            <translation>미국</translation>
        </message>
        <message>
            <source>United States Minor Outlying Islands</source>
            <extracomment>country UM</extracomment>
            <translation>미국령 군소 제도</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <extracomment>country UY</extracomment>
            <translation>우루과이</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <extracomment>country UZ</extracomment>
            <translation>우즈베키스탄</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <extracomment>country VU</extracomment>
            <translation>바누아투</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <extracomment>country VE</extracomment>
            <translation>베네수엘라</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <extracomment>country VN</extracomment>
            <translation>베트남</translation>
        </message>
        <message>
            <source>Virgin Islands, British</source>
            <extracomment>country VG</extracomment>
            <translation>영국령 버진아일랜드</translation>
        </message>
        <message>
            <source>Virgin Islands, U.S.</source>
            <extracomment>country VI</extracomment>
            <translation>미국령 버진아일랜드</translation>
        </message>
        <message>
            <source>Wallis and Futuna</source>
            <extracomment>country WF</extracomment>
            <translation>왈리스 퓌튀나</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <extracomment>country EH</extracomment>
            <translation>서사하라</translation>
        </message>
        <message>
            <source>Yemen</source>
            <extracomment>country YE</extracomment>
            <translation>예멘</translation>
        </message>
        <message>
            <source>Zambia</source>
            <extracomment>country ZM</extracomment>
            <translation>잠비아</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <extracomment>country ZW</extracomment>
            <translation>짐바브웨</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <extracomment>country AX</extracomment>
            <translation>올란드 제도</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>No</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>{number} month</source>
            <translation>{number}개월</translation>
        </message>
        <message>
            <source>{number} months</source>
            <translation>{number}개월</translation>
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
            <translation>이 PDF에 입력한 암호가 올바르지 않습니다. 다시 시도하거나, 암호 없이 저장한 사본을 첨부하세요.</translation>
        </message>
        <message>
            <source>this PDF is protected by a password. Enter its password, or open it and save or print it as a new PDF without a password, then attach that copy.</source>
            <translation>이 PDF는 암호로 보호되어 있습니다. 암호를 입력하거나, 파일을 열어 암호 없는 새 PDF로 저장하거나 인쇄한 다음 그 사본을 첨부하세요.</translation>
        </message>
        <message>
            <source>These attachments cannot be turned into pages; nothing else in the case was changed:</source>
            <translation>다음 첨부 파일을 페이지로 바꿀 수 없습니다. 사건의 다른 내용은 바뀌지 않았습니다:</translation>
        </message>
        <message>
            <source>The fonts needed to make PDFs are missing from this installation (looked in {folder}). Reinstall Ombud Desktop.</source>
            <translation>이 설치본에 PDF를 만드는 데 필요한 글꼴이 없습니다({folder}에서 찾음). Ombud Desktop을 다시 설치하세요.</translation>
        </message>
        <message>
            <source>the {kind} image is damaged or incomplete and cannot be read. Open it in an image viewer to check it, or take the photo or scan again.</source>
            <translation>{kind} 이미지가 손상되었거나 불완전하여 읽을 수 없습니다. 이미지 뷰어로 열어 확인하거나, 사진을 다시 찍거나 다시 스캔하세요.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely. Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>이미지가 너무 커서 페이지에 안전하게 넣을 수 없습니다. 더 작은 사본(예: 긴 변 4000픽셀)을 저장해 첨부하세요.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely ({width} x {height} pixels). Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>이미지가 너무 커서 페이지에 안전하게 넣을 수 없습니다({width} x {height}픽셀). 더 작은 사본(예: 긴 변 4000픽셀)을 저장해 첨부하세요.</translation>
        </message>
        <message>
            <source>the file has more than {count} pages. Split it into smaller files.</source>
            <translation>파일이 {count}페이지를 넘습니다. 더 작은 파일로 나누세요.</translation>
        </message>
        <message>
            <source>the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or print it as a new PDF, or scan the paper again, then attach the new copy.</source>
            <translation>PDF가 손상되어 복구할 수 없습니다. PDF 뷰어로 열어 새 PDF로 저장하거나 인쇄하거나, 종이를 다시 스캔한 다음 새 사본을 첨부하세요.</translation>
        </message>
        <message>
            <source>the PDF has no pages. Attach a copy with content.</source>
            <translation>PDF에 페이지가 없습니다. 내용이 있는 사본을 첨부하세요.</translation>
        </message>
        <message>
            <source>the PDF uses an encryption the app cannot open. Save it without a password in a PDF viewer, then attach that copy.</source>
            <translation>이 PDF는 앱이 열 수 없는 암호화 방식을 사용합니다. PDF 뷰어에서 암호 없이 저장한 다음 그 사본을 첨부하세요.</translation>
        </message>
        <message>
            <source>The drawn signature is missing. Draw the signature again on the Consent page, or choose a typed or ink signature.</source>
            <translation>그린 서명이 없습니다. 동의 페이지에서 서명을 다시 그리거나, 입력 서명 또는 잉크 서명을 선택하세요.</translation>
        </message>
        <message>
            <source>The drawn signature could not be read. Draw it again on the Consent page.</source>
            <translation>그린 서명을 읽을 수 없습니다. 동의 페이지에서 다시 그리세요.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>PDF 문서</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>JPEG 이미지</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>PNG 이미지</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>GIF 이미지</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>BMP 이미지</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>TIFF 이미지</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>WebP 이미지</translation>
        </message>
        <message>
            <source>a HEIC/HEIF photo</source>
            <translation>HEIC/HEIF 사진</translation>
        </message>
        <message>
            <source>an AVIF photo</source>
            <translation>AVIF 사진</translation>
        </message>
        <message>
            <source>a JPEG 2000 image</source>
            <translation>JPEG 2000 이미지</translation>
        </message>
        <message>
            <source>a PBM/PGM/PPM image</source>
            <translation>PBM/PGM/PPM 이미지</translation>
        </message>
        <message>
            <source>a Photoshop (PSD) image</source>
            <translation>Photoshop(PSD) 이미지</translation>
        </message>
        <message>
            <source>a QOI image</source>
            <translation>QOI 이미지</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>일반 텍스트</translation>
        </message>
        <message>
            <source>a ZIP archive or an office document (Word, Excel ...)</source>
            <translation>ZIP 압축 파일 또는 오피스 문서(Word, Excel 등)</translation>
        </message>
        <message>
            <source>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD or QOI</source>
            <translation>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD 또는 QOI</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes). Choose the file again, or scan it again.</source>
            <translation>파일이 비어 있습니다(0바이트). 파일을 다시 선택하거나 다시 스캔하세요.</translation>
        </message>
        <message>
            <source>this file is not a file type the app reads. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>앱이 읽을 수 있는 파일 형식이 아닙니다. {formats} 파일을 첨부하세요. 먼저 문서를 PDF로 인쇄하거나 저장하세요.</translation>
        </message>
        <message>
            <source>this file contains {kind}. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>이 파일에는 {kind}이(가) 들어 있습니다. {formats} 파일을 첨부하세요. 먼저 문서를 PDF로 인쇄하거나 저장하세요.</translation>
        </message>
        <message>
            <source>the name says {expected} but the file contains {actual}. Check that this is the right file, or rename it to end in the right extension.</source>
            <translation>파일 이름은 {expected}인데 내용은 {actual}입니다. 올바른 파일인지 확인하거나, 올바른 확장자로 이름을 바꾸세요.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>디스크가 가득 찼습니다</translation>
        </message>
        <message>
            <source>the folder is read-only or you may not write to it</source>
            <translation>폴더가 읽기 전용이거나 쓰기 권한이 없습니다</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the disk is full. Free some space, then save again.</source>
            <translation>{name}을(를) {folder}에 저장할 수 없습니다: 디스크가 가득 찼습니다. 공간을 확보한 다음 다시 저장하세요.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the folder is read-only or you may not write to it. Choose a folder you can write to (--data-dir), then save again.</source>
            <translation>{name}을(를) {folder}에 저장할 수 없습니다: 폴더가 읽기 전용이거나 쓰기 권한이 없습니다. 쓸 수 있는 폴더(--data-dir)를 선택한 다음 다시 저장하세요.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: {reason}. Check the disk, then save again.</source>
            <translation>{name}을(를) {folder}에 저장할 수 없습니다: {reason}. 디스크를 확인한 다음 다시 저장하세요.</translation>
        </message>
        <message>
            <source>Case {case_id} cannot be opened. {problem} Every other case opens as usual. If it cannot be repaired, delete it (select it and choose Delete, or run `ombud-desktop case delete {case_id} --yes`).</source>
            <translation>{case_id} 사건을 열 수 없습니다. {problem} 다른 사건은 모두 평소처럼 열립니다. 고칠 수 없으면 이 사건을 삭제하세요(선택한 뒤 삭제를 고르거나 `ombud-desktop case delete {case_id} --yes`를 실행).</translation>
        </message>
        <message>
            <source>Case {case_id} already exists; nothing was overwritten.</source>
            <translation>{case_id} 사건이 이미 있습니다. 아무것도 덮어쓰지 않았습니다.</translation>
        </message>
        <message>
            <source>There is no case {case_id} in {folder}.</source>
            <translation>{folder}에 {case_id} 사건이 없습니다.</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>{path}을(를) 읽을 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>Case {case_id} has no attachment {attachment_id}.</source>
            <translation>{case_id} 사건에 {attachment_id} 첨부 파일이 없습니다.</translation>
        </message>
        <message>
            <source>The file {path} is damaged or was changed outside Ombud Desktop ({detail}).</source>
            <translation>{path} 파일이 손상되었거나 Ombud Desktop 밖에서 변경되었습니다({detail}).</translation>
        </message>
        <message>
            <source>A hand-off file needs a passphrase to protect it.</source>
            <translation>인계 파일을 보호하려면 암호 문구가 필요합니다.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name (nothing was changed).</source>
            <translation>{path}이(가) 이미 있습니다. 다른 파일 이름을 선택하세요(아무것도 바뀌지 않았습니다).</translation>
        </message>
        <message>
            <source>Cancelled. No hand-off file was written.</source>
            <translation>취소했습니다. 인계 파일을 쓰지 않았습니다.</translation>
        </message>
        <message>
            <source>The hand-off file {name} asks for far more memory or time to open than Ombud Desktop ever uses, so it was not opened: it was not made by this app, or it was changed. Ask the sender to make it again.</source>
            <translation>인계 파일 {name}은(는) Ombud Desktop이 쓰는 것보다 훨씬 많은 메모리나 시간을 요구하므로 열지 않았습니다. 이 앱으로 만든 파일이 아니거나 변경되었습니다. 보낸 사람에게 다시 만들어 달라고 하세요.</translation>
        </message>
        <message>
            <source>That passphrase does not open the hand-off file {name}. Ask the person who made it for the passphrase they chose.</source>
            <translation>그 암호 문구로는 인계 파일 {name}을(를) 열 수 없습니다. 파일을 만든 사람에게 그 사람이 정한 암호 문구를 물어보세요.</translation>
        </message>
        <message>
            <source>The hand-off file {name} holds a case this app cannot use ({problem}). Nothing was imported. Ask the person who sent it to make the hand-off file again with Ombud Desktop.</source>
            <translation>인계 파일 {name}에 이 앱이 사용할 수 없는 사건이 들어 있습니다({problem}). 아무것도 가져오지 않았습니다. 보낸 사람에게 Ombud Desktop으로 인계 파일을 다시 만들어 달라고 하세요.</translation>
        </message>
        <message>
            <source>Case {case_id} is already in this vault. Nothing was changed. Import it as a new case (--new-id) or replace the one here (--replace).</source>
            <translation>{case_id} 사건이 이미 이 보관함에 있습니다. 아무것도 바뀌지 않았습니다. 새 사건으로 가져오거나(--new-id) 여기 있는 사건을 바꾸세요(--replace).</translation>
        </message>
        <message>
            <source>No secure system keyring is available here. Protect the vault with a passphrase instead.</source>
            <translation>여기에는 안전한 시스템 키링이 없습니다. 대신 암호 문구로 보관함을 보호하세요.</translation>
        </message>
        <message>
            <source>The system keyring refused to store the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>시스템 키링이 보관함 키 저장을 거부했습니다({problem}). 키링 잠금을 풀고(데스크톱 세션에 로그인) 다시 시도하거나, 보관함 암호 문구 또는 복구 키를 사용하세요.</translation>
        </message>
        <message>
            <source>The vault key is kept in the system keyring, but no secure keyring is available now (for example, no desktop session). Unlock with the vault passphrase or recovery key instead.</source>
            <translation>보관함 키는 시스템 키링에 있지만 지금은 안전한 키링을 사용할 수 없습니다(예: 데스크톱 세션 없음). 보관함 암호 문구 또는 복구 키로 잠금을 푸세요.</translation>
        </message>
        <message>
            <source>The system keyring refused to give the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>시스템 키링이 보관함 키 제공을 거부했습니다({problem}). 키링 잠금을 풀고(데스크톱 세션에 로그인) 다시 시도하거나, 보관함 암호 문구 또는 복구 키를 사용하세요.</translation>
        </message>
        <message>
            <source>The system keyring does not hold this vault's key (it may be another user's keyring or a new computer). Unlock with the vault passphrase or recovery key.</source>
            <translation>시스템 키링에 이 보관함의 키가 없습니다(다른 사용자의 키링이거나 새 컴퓨터일 수 있습니다). 보관함 암호 문구 또는 복구 키로 잠금을 푸세요.</translation>
        </message>
        <message>
            <source>The vault key in the system keyring is damaged. Unlock with the vault passphrase or recovery key.</source>
            <translation>시스템 키링의 보관함 키가 손상되었습니다. 보관함 암호 문구 또는 복구 키로 잠금을 푸세요.</translation>
        </message>
        <message>
            <source>This vault is not kept in the system keyring; unlock it with its passphrase.</source>
            <translation>이 보관함은 시스템 키링에 보관되어 있지 않습니다. 암호 문구로 잠금을 푸세요.</translation>
        </message>
        <message>
            <source>The key in the system keyring does not open this vault (or its key file {path} is damaged). Unlock with the passphrase or recovery key.</source>
            <translation>시스템 키링의 키로 이 보관함을 열 수 없습니다(또는 키 파일 {path}이(가) 손상되었습니다). 암호 문구 또는 복구 키로 잠금을 푸세요.</translation>
        </message>
        <message>
            <source>This vault has no passphrase; it is unlocked through the system keyring.</source>
            <translation>이 보관함에는 암호 문구가 없습니다. 시스템 키링으로 잠금이 풀립니다.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check it (Caps Lock, keyboard layout) and try again. If you are sure it is right, the key file {path} may be damaged: use your recovery key.</source>
            <translation>그 암호 문구로는 이 보관함을 열 수 없습니다. 확인하고(Caps Lock, 키보드 배열) 다시 시도하세요. 맞다고 확신한다면 키 파일 {path}이(가) 손상되었을 수 있습니다. 복구 키를 사용하세요.</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault. Check each group of four characters and try again.</source>
            <translation>그 복구 키로는 이 보관함을 열 수 없습니다. 네 글자씩 묶인 각 그룹을 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The file {path} is missing.</source>
            <translation>{path} 파일이 없습니다.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: there is no backup copy. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} 자동으로 복원할 수 없습니다: 백업 사본이 없습니다. 파일은 그대로 두었습니다. 파일을 보관하고 지원 담당자에게 도움을 요청하세요.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: its backup copy is damaged too. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} 자동으로 복원할 수 없습니다: 백업 사본도 손상되었습니다. 파일은 그대로 두었습니다. 파일을 보관하고 지원 담당자에게 도움을 요청하세요.</translation>
        </message>
        <message>
            <source>{path} was changed on disk (by another window or program) after it was opened here, so it was not overwritten. Your changes are still on screen: reopen the case to see the other version, or save yours as a copy.</source>
            <translation>{path}이(가) 여기서 열린 뒤 디스크에서(다른 창이나 프로그램에 의해) 변경되어 덮어쓰지 않았습니다. 변경한 내용은 화면에 그대로 있습니다. 사건을 다시 열어 다른 버전을 보거나, 내 버전을 사본으로 저장하세요.</translation>
        </message>
        <message>
            <source>{path} was removed after it was opened here; it was not recreated silently.</source>
            <translation>{path}이(가) 여기서 열린 뒤 삭제되었습니다. 몰래 다시 만들지 않았습니다.</translation>
        </message>
        <message>
            <source>The vault in {folder} is in use by {holder}. Close Ombud Desktop there (or wait for that command to finish) and try again.</source>
            <translation>{folder}의 보관함을 {holder}이(가) 사용 중입니다. 그곳의 Ombud Desktop을 닫거나(또는 그 명령이 끝날 때까지 기다린 다음) 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Opened read-only: the vault is in use by {holder}. Changes cannot be saved until it is closed.</source>
            <translation>읽기 전용으로 열었습니다: {holder}이(가) 보관함을 사용 중입니다. 닫힐 때까지 변경 내용을 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>데이터 폴더 {folder}에 쓸 수 없습니다: {reason}. --data-dir(또는 OMBUD_DATA_DIR)로 다른 폴더를 선택하세요.</translation>
        </message>
        <message>
            <source>Opened read-only. The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>읽기 전용으로 열었습니다. 데이터 폴더 {folder}에 쓸 수 없습니다: {reason}. --data-dir(또는 OMBUD_DATA_DIR)로 다른 폴더를 선택하세요.</translation>
        </message>
        <message>
            <source>The vault was opened read-only; changes cannot be saved.</source>
            <translation>보관함이 읽기 전용으로 열렸습니다. 변경 내용을 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>There is no vault in {folder} yet. Create one with `ombud-desktop vault init` (or open the app).</source>
            <translation>{folder}에 아직 보관함이 없습니다. `ombud-desktop vault init`으로 만드세요(또는 앱을 여세요).</translation>
        </message>
        <message>
            <source>A vault already exists in {folder}; it was left as is.</source>
            <translation>{folder}에 이미 보관함이 있습니다. 그대로 두었습니다.</translation>
        </message>
        <message>
            <source>No secure system keyring is available here: choose a passphrase to protect the vault.</source>
            <translation>여기에는 안전한 시스템 키링이 없습니다. 보관함을 보호할 암호 문구를 정하세요.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>보관함이 잠겨 있습니다. 먼저 잠금을 푸세요.</translation>
        </message>
        <message>
            <source>Enter the vault passphrase to make a new recovery key: the vault key changes, and the passphrase must be attached to the new one.</source>
            <translation>새 복구 키를 만들려면 보관함 암호 문구를 입력하세요. 보관함 키가 바뀌므로 암호 문구를 새 키에 다시 연결해야 합니다.</translation>
        </message>
        <message>
            <source>The retention period must be between 1 and {most} days.</source>
            <translation>보관 기간은 1일에서 {most}일 사이여야 합니다.</translation>
        </message>
        <message>
            <source>{case_id} is not a case id (see `case list`).</source>
            <translation>{case_id}은(는) 사건 ID가 아닙니다(`case list` 참조).</translation>
        </message>
        <message>
            <source>There is not enough free space in {folder} to save the export. Nothing was saved. Free some space or choose another folder (for example a USB stick), then export again.</source>
            <translation>{folder}에 내보내기를 저장할 여유 공간이 부족합니다. 아무것도 저장되지 않았습니다. 공간을 확보하거나 다른 폴더(예: USB 메모리)를 선택한 다음 다시 내보내세요.</translation>
        </message>
        <message>
            <source>The app may not write in {folder}. Nothing was saved. Choose another folder, then export again.</source>
            <translation>앱이 {folder}에 쓸 수 없습니다. 아무것도 저장되지 않았습니다. 다른 폴더를 선택한 다음 다시 내보내세요.</translation>
        </message>
        <message>
            <source>The export could not be saved in {folder} ({reason}). Nothing was saved. Choose another folder, then export again.</source>
            <translation>{folder}에 내보내기를 저장할 수 없습니다({reason}). 아무것도 저장되지 않았습니다. 다른 폴더를 선택한 다음 다시 내보내세요.</translation>
        </message>
        <message>
            <source>The computer ran out of memory making the package. Close other programs, or leave out very large documents, then try again.</source>
            <translation>패키지를 만드는 중에 컴퓨터 메모리가 부족해졌습니다. 다른 프로그램을 닫거나 매우 큰 문서를 빼고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Something went wrong while making the package ({kind}). Nothing was saved and your case is unchanged. Try again; if it happens again, choose another way to send.</source>
            <translation>패키지를 만드는 중에 문제가 생겼습니다({kind}). 아무것도 저장되지 않았고 사건도 바뀌지 않았습니다. 다시 시도하세요. 또 그러면 다른 보내기 방법을 선택하세요.</translation>
        </message>
        <message>
            <source>The list of the Ombudsman's addresses ({path}) could not be read ({reason}). Reinstall the app.</source>
            <translation>옴부즈맨 주소 목록({path})을 읽을 수 없습니다({reason}). 앱을 다시 설치하세요.</translation>
        </message>
        <message>
            <source>These documents are listed, but their files were never added to the app: {names}. Attach the files (or remove them from the list), then export again.</source>
            <translation>다음 문서는 목록에 있지만 파일이 앱에 추가된 적이 없습니다: {names}. 파일을 첨부하거나(또는 목록에서 빼고) 다시 내보내세요.</translation>
        </message>
        <message>
            <source>{path} is not an export of this case (its manifest.json does not say so); nothing was deleted.</source>
            <translation>{path}은(는) 이 사건의 내보내기가 아닙니다(manifest.json에 그렇게 되어 있지 않습니다). 아무것도 삭제되지 않았습니다.</translation>
        </message>
        <message>
            <source>{path} could not be deleted ({reason}). Close any program using it and try again, or delete it yourself.</source>
            <translation>{path}을(를) 삭제할 수 없습니다({reason}). 사용 중인 프로그램을 닫고 다시 시도하거나 직접 삭제하세요.</translation>
        </message>
        <message>
            <source>the export process stopped</source>
            <translation>내보내기 프로세스가 멈춤</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was added.</source>
            <translation>취소했습니다. 아무것도 추가되지 않았습니다.</translation>
        </message>
        <message>
            <source>it is too short or too simple.</source>
            <translation>너무 짧거나 너무 단순합니다.</translation>
        </message>
        <message>
            <source>it is one of the passwords people use most.</source>
            <translation>가장 많이 쓰이는 비밀번호 중 하나입니다.</translation>
        </message>
        <message>
            <source>it is made of a few common words or names.</source>
            <translation>흔한 단어나 이름 몇 개로만 이루어져 있습니다.</translation>
        </message>
        <message>
            <source>it repeats the same letters or words.</source>
            <translation>같은 글자나 단어를 반복합니다.</translation>
        </message>
        <message>
            <source>it follows a sequence or a keyboard row (abc, 123, qwerty).</source>
            <translation>연속된 문자나 키보드 한 줄을 따릅니다(abc, 123, qwerty).</translation>
        </message>
        <message>
            <source>it is built around a date or a year.</source>
            <translation>날짜나 연도를 바탕으로 만들어졌습니다.</translation>
        </message>
        <message>
            <source>it contains a name or number from the case.</source>
            <translation>사건에 있는 이름이나 번호가 들어 있습니다.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: {reason} Use five or more words that do not belong together, for example: {suggestion}</source>
            <translation>이 암호 문구는 너무 쉽게 추측됩니다: {reason} 서로 관련 없는 단어를 다섯 개 이상 쓰세요. 예: {suggestion}</translation>
        </message>
        <message>
            <source>This request must be signed by hand in ink (T, U, VAWA, asylum and refugee cases), and its signed page has not been added. Print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page', or on the command line: ombud-desktop case attach ID FILE --category signed_form. Then export again, or send it by mail and sign the printed form. Nothing was saved.</source>
            <translation>이 요청서는 잉크로 직접 서명해야 하며(T, U, VAWA, 망명 및 난민 사건) 서명한 페이지가 아직 추가되지 않았습니다. 서명할 페이지를 인쇄하고 잉크로 서명하고 날짜를 쓴 다음, '서명한 페이지 추가'로 서명한 페이지(스캔 또는 휴대폰 사진)를 추가하거나 명령줄에서 ombud-desktop case attach ID FILE --category signed_form 을 실행하세요. 그런 다음 다시 내보내거나, 우편으로 보내고 인쇄한 양식에 서명하세요. 아무것도 저장되지 않았습니다.</translation>
        </message>
        <message>
            <source>The file {path} is an older copy of case {case_id} (version {found}; this vault last saved version {latest}): it was put there from outside Ombud Desktop, so it was not used.</source>
            <translation>{path} 파일은 {case_id} 사건의 이전 사본입니다(버전 {found}, 이 보관함이 마지막으로 저장한 버전은 {latest}). Ombud Desktop 밖에서 넣어진 파일이므로 사용하지 않았습니다.</translation>
        </message>
        <message>
            <source>{problem} No newer copy is left in the data folder. If you put this copy back yourself from a backup, open it and choose “Use this older copy” (or run `ombud-desktop case accept-older {case_id}`); otherwise delete the case or ask your support contact.</source>
            <translation>{problem} 데이터 폴더에 더 새로운 사본이 남아 있지 않습니다. 직접 백업에서 이 사본을 되돌려 놓았다면 사건을 열고 “이 이전 사본 사용”을 선택하세요(또는 `ombud-desktop case accept-older {case_id}` 실행). 그렇지 않으면 사건을 삭제하거나 지원 담당자에게 문의하세요.</translation>
        </message>
    </context>
    <context>
        <name>export_steps</name>
        <message>
            <source>Making the fax cover sheet</source>
            <translation>팩스 표지 만드는 중</translation>
        </message>
        <message>
            <source>Putting the form and documents together</source>
            <translation>양식과 서류를 합치는 중</translation>
        </message>
        <message>
            <source>Making the pages grayscale for the fax</source>
            <translation>팩스용으로 페이지를 흑백으로 바꾸는 중</translation>
        </message>
        <message>
            <source>Making the fax TIFF file</source>
            <translation>팩스 TIFF 파일을 만드는 중</translation>
        </message>
        <message>
            <source>Stamping the name and page number on each page</source>
            <translation>각 페이지에 이름과 쪽 번호를 찍는 중</translation>
        </message>
        <message>
            <source>Making the form PDF</source>
            <translation>양식 PDF 만드는 중</translation>
        </message>
        <message>
            <source>Turning the documents into pages</source>
            <translation>서류를 페이지로 바꾸는 중</translation>
        </message>
        <message>
            <source>Writing the cover letter</source>
            <translation>첨부 편지 쓰는 중</translation>
        </message>
        <message>
            <source>Making the checklist and the address page</source>
            <translation>확인 목록과 주소 페이지 만드는 중</translation>
        </message>
        <message>
            <source>Writing README.txt and the checksums</source>
            <translation>README.txt와 체크섬 쓰는 중</translation>
        </message>
        <message>
            <source>Making the email message</source>
            <translation>이메일 메시지 만드는 중</translation>
        </message>
        <message>
            <source>Saving the email and its attachments</source>
            <translation>이메일과 첨부 파일 저장 중</translation>
        </message>
        <message>
            <source>Saving the fax</source>
            <translation>팩스 저장 중</translation>
        </message>
        <message>
            <source>Saving the print packet</source>
            <translation>인쇄용 꾸러미 저장 중</translation>
        </message>
        <message>
            <source>Reading the case</source>
            <translation>케이스 읽는 중</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>An A-Number is the letter A and 7 to 9 digits, like A123-456-789.</source>
            <extracomment>finding code a_number.format</extracomment>
            <translation>A번호(A-Number)는 글자 A와 숫자 7~9자리입니다. 예: A123-456-789.</translation>
        </message>
        <message>
            <source>Give the date of this contact with USCIS. It shows whether USCIS has had time to fix the problem.</source>
            <extracomment>finding code actions_taken.date_missing</extracomment>
            <translation>USCIS에 연락한 날짜를 적으세요. USCIS가 문제를 고칠 시간이 있었는지 알 수 있습니다.</translation>
        </message>
        <message>
            <source>{value} is not one of the choices here. Pick one from the list.</source>
            <extracomment>finding code choice.unknown</extracomment>
            <translation>{value}은(는) 선택 항목에 없습니다. 목록에서 하나를 고르세요.</translation>
        </message>
        <message>
            <source>When you help someone else, they must agree to and sign the consent on this form, or you must attach their signed consent (document type: Signed consent).</source>
            <extracomment>finding code consent.helper_required</extracomment>
            <translation>다른 사람을 돕는 경우, 그 사람이 이 양식의 동의서에 동의하고 서명하거나, 그 사람이 서명한 동의서를 첨부해야 합니다(서류 종류: 서명한 동의서).</translation>
        </message>
        <message>
            <source>The person with the case must agree to the consent. Without it the Ombudsman cannot work on the case.</source>
            <extracomment>finding code consent.not_agreed</extracomment>
            <translation>케이스 당사자가 동의서에 동의해야 합니다. 동의가 없으면 옴부즈맨은 이 케이스를 처리할 수 없습니다.</translation>
        </message>
        <message>
            <source>Say who filled in or read this form to the person, and in which language.</source>
            <extracomment>finding code consent.preparer_statement_missing</extracomment>
            <translation>누가 이 양식을 작성했거나 당사자에게 읽어 주었는지, 어떤 언어로 했는지 적으세요.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax, print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page'. By mail, sign the printed form itself.</source>
            <extracomment>finding code consent.signed_form_missing</extracomment>
            <translation>이 양식은 잉크로 직접 서명합니다. 이메일이나 팩스로 보내려면 서명할 페이지를 인쇄하고 잉크로 서명하고 날짜를 쓴 다음 '서명한 페이지 추가'로 서명한 페이지(스캔 또는 휴대폰 사진)를 추가하세요. 우편으로 보낼 때는 인쇄한 양식에 직접 서명하세요.</translation>
        </message>
        <message>
            <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose 'Print, sign in ink, and scan'.</source>
            <extracomment>finding code consent.wet_ink_required</extracomment>
            <translation>T, U, VAWA, 망명, 난민 케이스는 동의서에 펜으로 직접 서명해야 합니다. ‘인쇄해서 펜으로 서명하고 스캔하기’를 고르세요.</translation>
        </message>
        <message>
            <source>Contact USCIS first: call 1-800-375-5283 or send an e-Request. The Ombudsman expects you to have tried USCIS in the last 90 days.</source>
            <extracomment>finding code contact.none</extracomment>
            <translation>먼저 USCIS에 연락하세요: 1-800-375-5283으로 전화하거나 e-Request를 보내세요. 옴부즈맨은 지난 90일 안에 USCIS에 연락해 보았기를 기대합니다.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was {days} days ago. The Ombudsman expects a contact in the last 90 days: contact USCIS again first.</source>
            <extracomment>finding code contact.too_old</extracomment>
            <translation>USCIS에 마지막으로 연락한 것은 {days}일 전입니다. 옴부즈맨은 지난 90일 안의 연락을 기대합니다: 먼저 USCIS에 다시 연락하세요.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was only {days} days ago. The Ombudsman asks you to give USCIS at least 60 days to fix the problem (until {wait_until}).</source>
            <extracomment>finding code contact.too_recent</extracomment>
            <translation>USCIS에 마지막으로 연락한 지 {days}일밖에 되지 않았습니다. 옴부즈맨은 USCIS에 문제를 고칠 시간을 최소 60일 주라고 요청합니다({wait_until}까지).</translation>
        </message>
        <message>
            <source>{value} is not a country we know. It is kept as you typed it; check the spelling or pick a country from the list.</source>
            <extracomment>finding code country.unknown</extracomment>
            <translation>{value}은(는) 저희가 아는 나라가 아닙니다. 입력한 그대로 저장됩니다. 철자를 확인하거나 목록에서 나라를 고르세요.</translation>
        </message>
        <message>
            <source>Enter a real date as mm/dd/yyyy, like 03/14/2026.</source>
            <extracomment>finding code date.format</extracomment>
            <translation>실제 날짜를 월/일/년(mm/dd/yyyy) 형식으로 입력하세요. 예: 03/14/2026.</translation>
        </message>
        <message>
            <source>This date ({date}) is after today. Check it.</source>
            <extracomment>finding code date.future</extracomment>
            <translation>이 날짜({date})는 오늘 이후입니다. 확인하세요.</translation>
        </message>
        <message>
            <source>The file of "{title}" was never added. Add the file on the documents step, or remove the document from the list.</source>
            <extracomment>finding code documents.file_missing</extracomment>
            <translation>"{title}"의 파일이 추가되지 않았습니다. 서류 단계에서 파일을 추가하거나 목록에서 이 서류를 빼세요.</translation>
        </message>
        <message>
            <source>"{title}" is {size} MB, more than one email of {limit} MB can carry: an email export leaves it out, and says so, for you to send it by fax or mail. Or scan it again with fewer pages or at a lower resolution.</source>
            <extracomment>finding code documents.too_big_for_email</extracomment>
            <translation>"{title}"은(는) {size} MB로, {limit} MB 이메일 한 통에 담을 수 있는 크기보다 큽니다. 이메일 내보내기에서는 이를 빼고 그 사실을 알려 주므로 팩스나 우편으로 보내세요. 또는 페이지 수를 줄이거나 더 낮은 해상도로 다시 스캔하세요.</translation>
        </message>
        <message>
            <source>This does not look like an email address. It should look like name@example.org.</source>
            <extracomment>finding code email.format</extracomment>
            <translation>이메일 주소처럼 보이지 않습니다. name@example.org 같은 모양이어야 합니다.</translation>
        </message>
        <message>
            <source>Give the receipt number, or say why there is none.</source>
            <extracomment>finding code filing.no_receipt_reason</extracomment>
            <translation>접수 번호를 적거나, 번호가 없는 이유를 적으세요.</translation>
        </message>
        <message>
            <source>List at least one application or petition you filed with USCIS.</source>
            <extracomment>finding code filings.none</extracomment>
            <translation>USCIS에 제출한 신청서나 청원서를 하나 이상 적으세요.</translation>
        </message>
        <message>
            <source>{value} does not look like a USCIS form number such as I-130 or N-400. Check the top of the form you filed.</source>
            <extracomment>finding code form_number.format</extracomment>
            <translation>{value}은(는) I-130이나 N-400 같은 USCIS 양식 번호로 보이지 않습니다. 제출한 양식의 맨 위를 확인하세요.</translation>
        </message>
        <message>
            <source>An attorney or accredited representative must attach a copy of the Form G-28 that is on file with USCIS (document type: Form G-28).</source>
            <extracomment>finding code g28.missing</extracomment>
            <translation>변호사나 인가된 대리인은 USCIS에 제출되어 있는 G-28 양식 사본을 첨부해야 합니다(서류 종류: G-28 양식).</translation>
        </message>
        <message>
            <source>Enter a number of 0 or more, like 14.</source>
            <extracomment>finding code number.format</extracomment>
            <translation>0 이상의 숫자를 입력하세요. 예: 14.</translation>
        </message>
        <message>
            <source>Enter the phone number with its area code, like 202-555-0142, or start with + and the country code for a number outside the U.S.</source>
            <extracomment>finding code phone.format</extracomment>
            <translation>지역 번호를 포함해 전화번호를 입력하세요. 예: 202-555-0142. 미국 밖 번호는 +와 국가 번호로 시작하세요.</translation>
        </message>
        <message>
            <source>A U.S. ZIP code is 5 digits, or 5 + 4 digits, like 20528 or 20528-0180.</source>
            <extracomment>finding code postal_code.us_zip</extracomment>
            <translation>미국 우편번호(ZIP)는 숫자 5자리 또는 5+4자리입니다. 예: 20528 또는 20528-0180.</translation>
        </message>
        <message>
            <source>By these dates the case has waited {months_pending} months, not longer than the posted {posted_months} months. The Ombudsman usually helps only after that time has passed.</source>
            <extracomment>finding code processing.not_past</extracomment>
            <translation>이 날짜들로 보면 케이스는 {months_pending}개월 기다렸으며, 공지된 {posted_months}개월보다 길지 않습니다. 옴부즈맨은 보통 그 기간이 지난 뒤에만 돕습니다.</translation>
        </message>
        <message>
            <source>Give USCIS's posted processing time in months, so we can show how long past it your case is.</source>
            <extracomment>finding code processing.posted_time_missing</extracomment>
            <translation>USCIS가 공지한 처리 기간을 개월 수로 적으세요. 케이스가 얼마나 지났는지 보여 줄 수 있습니다.</translation>
        </message>
        <message>
            <source>Add the receipt date of your application, so we can count how long it has waited.</source>
            <extracomment>finding code processing.receipt_date_missing</extracomment>
            <translation>신청서의 접수 날짜를 넣으세요. 얼마나 기다렸는지 계산할 수 있습니다.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months.</source>
            <extracomment>finding code processing.summary</extracomment>
            <translation>가장 오래된 신청서는 {receipt_date}에 접수되었고 {months_pending}개월 기다렸습니다.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months: {months_past} months past the posted processing time of {posted_months} months, which ended on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_past</extracomment>
            <translation>가장 오래된 신청서는 {receipt_date}에 접수되었고 {months_pending}개월 기다렸습니다: 공지된 처리 기간 {posted_months}개월보다 {months_past}개월 더 지났으며, 그 기간은 {posted_time_ends}에 끝났습니다.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months. The posted processing time of {posted_months} months ends on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_within</extracomment>
            <translation>가장 오래된 신청서는 {receipt_date}에 접수되었고 {months_pending}개월 기다렸습니다. 공지된 처리 기간 {posted_months}개월은 {posted_time_ends}에 끝납니다.</translation>
        </message>
        <message>
            <source>You chose emergency or hardship: describe it, so the Ombudsman can see why it is urgent.</source>
            <extracomment>finding code reasons.hardship_description_missing</extracomment>
            <translation>긴급 상황이나 어려움을 선택했습니다: 옴부즈맨이 왜 급한지 알 수 있도록 설명하세요.</translation>
        </message>
        <message>
            <source>This receipt number is listed twice. Remove one of them.</source>
            <extracomment>finding code receipt_number.duplicate</extracomment>
            <translation>이 접수 번호가 두 번 적혀 있습니다. 하나를 지우세요.</translation>
        </message>
        <message>
            <source>A receipt number is 3 letters and 10 digits, like IOE0912345678. Check it against your receipt notice.</source>
            <extracomment>finding code receipt_number.format</extracomment>
            <translation>접수 번호는 영문자 3개와 숫자 10자리입니다. 예: IOE0912345678. 접수 통지서와 비교해 보세요.</translation>
        </message>
        <message>
            <source>{prefix} is not a receipt-number start we know. Check the letters on your receipt notice; if they match, keep it.</source>
            <extracomment>finding code receipt_number.unknown_prefix</extracomment>
            <translation>{prefix}(으)로 시작하는 접수 번호는 저희가 모릅니다. 접수 통지서의 글자를 확인하고, 같다면 그대로 두세요.</translation>
        </message>
        <message>
            <source>Worth answering if you can: {label}</source>
            <extracomment>finding code recommended</extracomment>
            <translation>가능하면 답하면 좋습니다: {label}</translation>
        </message>
        <message>
            <source>This needs an answer: {label}</source>
            <extracomment>finding code required</extracomment>
            <translation>답이 필요합니다: {label}</translation>
        </message>
        <message>
            <source>Where to go instead: a nonprofit immigration legal service (free or low-cost ones are listed by ImmigrationLawHelp.org); the Justice Department's list of recognized organizations and accredited representatives (EOIR); or your state bar association's lawyer referral service.</source>
            <extracomment>finding code screening.where_to_go</extracomment>
            <translation>대신 갈 곳: 비영리 이민 법률 서비스(무료 또는 저렴한 곳은 ImmigrationLawHelp.org에 나와 있습니다), 법무부의 인정 단체 및 공인 대리인 명단(EOIR), 또는 주 변호사협회의 변호사 소개 서비스.</translation>
        </message>
        <message>
            <source>This answer holds invisible control characters ({chars}), often copied along with pasted text. Delete the answer and type it again.</source>
            <extracomment>finding code text.control_characters</extracomment>
            <translation>이 답변에 보이지 않는 제어 문자({chars})가 들어 있습니다. 텍스트를 붙여 넣을 때 함께 복사되는 경우가 많습니다. 답변을 지우고 다시 입력하세요.</translation>
        </message>
        <message>
            <source>This answer should be a list of choices.</source>
            <extracomment>finding code type.wrong.array</extracomment>
            <translation>이 답은 선택 목록이어야 합니다.</translation>
        </message>
        <message>
            <source>This answer should be yes or no (true or false).</source>
            <extracomment>finding code type.wrong.boolean</extracomment>
            <translation>이 답은 예 또는 아니요(true 또는 false)여야 합니다.</translation>
        </message>
        <message>
            <source>This should be a group of answers ({{ ... }}), not a single value.</source>
            <extracomment>finding code type.wrong.group</extracomment>
            <translation>이것은 값 하나가 아니라 답의 묶음({{ ... }})이어야 합니다.</translation>
        </message>
        <message>
            <source>This should be a list of items ([ ... ]).</source>
            <extracomment>finding code type.wrong.list</extracomment>
            <translation>이것은 항목 목록([ ... ])이어야 합니다.</translation>
        </message>
        <message>
            <source>This answer should be a number.</source>
            <extracomment>finding code type.wrong.number</extracomment>
            <translation>이 답은 숫자여야 합니다.</translation>
        </message>
        <message>
            <source>This answer should be text.</source>
            <extracomment>finding code type.wrong.string</extracomment>
            <translation>이 답은 글이어야 합니다.</translation>
        </message>
        <message>
            <source>Ombud Desktop does not know the answer "{field}". It is kept, but it is not printed on the form. Check the spelling of its name.</source>
            <extracomment>finding code unknown_field</extracomment>
            <translation>Ombud Desktop은 답 "{field}"을(를) 모릅니다. 저장은 되지만 양식에 인쇄되지 않습니다. 이름의 철자를 확인하세요.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot change a USCIS decision you disagree with. It can help when USCIS made a mistake or a delay. To challenge a decision, ask a lawyer about an appeal.</source>
            <extracomment>finding code screening.blocker.disagrees_no_error</extracomment>
            <translation>옴부즈맨은 동의하지 않는 USCIS 결정을 바꿀 수 없습니다. USCIS가 실수하거나 늦어진 경우에는 도울 수 있습니다. 결정에 이의를 제기하려면 변호사에게 항소에 대해 물어보세요.</translation>
        </message>
        <message>
            <source>The Ombudsman only helps with problems with USCIS. Other agencies, like the State Department or the immigration courts, are not part of its work.</source>
            <extracomment>finding code screening.blocker.not_uscis</extracomment>
            <translation>옴부즈맨은 USCIS 관련 문제만 돕습니다. 국무부나 이민 법원 같은 다른 기관의 일은 하지 않습니다.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot give legal advice. A lawyer or an accredited representative can.</source>
            <extracomment>finding code screening.blocker.wants_legal_advice</extracomment>
            <translation>옴부즈맨은 법률 조언을 할 수 없습니다. 변호사나 인가된 대리인은 할 수 있습니다.</translation>
        </message>
        <message>
            <source>You chose to send the request anyway. The Ombudsman may answer that it cannot help.</source>
            <extracomment>finding code screening.continue_anyway</extracomment>
            <translation>그래도 요청을 보내기로 했습니다. 옴부즈맨이 도울 수 없다고 답할 수도 있습니다.</translation>
        </message>
        <message>
            <source>The Ombudsman does not give legal advice, cannot overrule a USCIS decision, and only works on problems with USCIS.</source>
            <extracomment>finding code screening.limits</extracomment>
            <translation>옴부즈맨은 법률 조언을 하지 않고, USCIS 결정을 뒤집을 수 없으며, USCIS 관련 문제만 다룹니다.</translation>
        </message>
        <message>
            <source>From your answers, the Ombudsman may be able to help. Contact USCIS first if you have not: the Ombudsman expects that you tried.</source>
            <extracomment>finding code screening.may_help</extracomment>
            <translation>답을 보면 옴부즈맨이 도울 수 있을 것 같습니다. 아직 하지 않았다면 먼저 USCIS에 연락하세요: 옴부즈맨은 먼저 시도했기를 기대합니다.</translation>
        </message>
        <message>
            <source>Choose at least one reason you need help. The Ombudsman helps with delays, mistakes and problems USCIS did not fix.</source>
            <extracomment>finding code screening.no_reason</extracomment>
            <translation>도움이 필요한 이유를 하나 이상 고르세요. 옴부즈맨은 지연, 실수, USCIS가 고치지 않은 문제를 돕습니다.</translation>
        </message>
        <message>
            <source>Give at least one way to reach the person: phone, email, fax or a mailing address.</source>
            <extracomment>finding code subject.no_contact</extracomment>
            <translation>당사자에게 연락할 방법을 하나 이상 적으세요: 전화, 이메일, 팩스 또는 우편 주소.</translation>
        </message>
        <message>
            <source>{value} is not a U.S. state or territory. Pick one from the list.</source>
            <extracomment>finding code us_state.unknown</extracomment>
            <translation>{value}은(는) 미국의 주나 준주가 아닙니다. 목록에서 고르세요.</translation>
        </message>
        <message>
            <source>A USCIS online account number has 12 digits.</source>
            <extracomment>finding code uscis_account.format</extracomment>
            <translation>USCIS 온라인 계정 번호는 숫자 12자리입니다.</translation>
        </message>
    </context>
    <context>
        <name>formspec</name>
        <message>
            <source>Can the Ombudsman help?</source>
            <extracomment>section screening: title</extracomment>
            <translation>옴부즈맨(Ombudsman)이 도울 수 있나요?</translation>
        </message>
        <message>
            <source>The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or went wrong. A few questions first show whether it can help with yours.</source>
            <extracomment>section screening: intro</extracomment>
            <translation>CIS 옴부즈맨은 USCIS 케이스가 멈춰 있거나 잘못되었을 때 돕는 작은 사무소입니다. 먼저 몇 가지 질문으로 당신의 케이스를 도울 수 있는지 알아봅니다.</translation>
        </message>
        <message>
            <source>What is happening with your case?</source>
            <extracomment>screening.reasons: label</extracomment>
            <translation>케이스에 무슨 일이 있나요?</translation>
        </message>
        <message>
            <source>Pick every line that fits. The Ombudsman only helps with problems like these, so this tells us if this form is the right way to get help.</source>
            <extracomment>screening.reasons: help</extracomment>
            <translation>맞는 줄을 모두 고르세요. 옴부즈맨은 이런 문제만 돕기 때문에, 이 양식이 도움을 받는 올바른 방법인지 알 수 있습니다.</translation>
        </message>
        <message>
            <source>An emergency or hardship caused by a USCIS mistake or delay</source>
            <extracomment>screening.reasons = hardship</extracomment>
            <translation>USCIS의 실수나 지연으로 생긴 긴급 상황이나 어려움</translation>
        </message>
        <message>
            <source>I asked USCIS customer service and it is still not fixed</source>
            <extracomment>screening.reasons = unresolved</extracomment>
            <translation>USCIS 고객 서비스에 물어봤지만 아직 해결되지 않았습니다</translation>
        </message>
        <message>
            <source>My case has waited longer than USCIS's posted processing time</source>
            <extracomment>screening.reasons = beyond_processing_time</extracomment>
            <translation>제 케이스가 USCIS가 공지한 처리 기간보다 오래 기다리고 있습니다</translation>
        </message>
        <message>
            <source>USCIS made a mistake with my case</source>
            <extracomment>screening.reasons = uscis_error</extracomment>
            <translation>USCIS가 제 케이스에서 실수를 했습니다</translation>
        </message>
        <message>
            <source>Do any of these fit your situation?</source>
            <extracomment>screening.blockers: label</extracomment>
            <translation>다음 중 해당되는 것이 있나요?</translation>
        </message>
        <message>
            <source>Pick any that are true. The Ombudsman cannot help with these, and it is better to know now than to wait for an answer that says no.</source>
            <extracomment>screening.blockers: help</extracomment>
            <translation>사실인 것을 고르세요. 옴부즈맨은 이런 경우를 도울 수 없습니다. 거절 답변을 기다리는 것보다 지금 아는 것이 낫습니다.</translation>
        </message>
        <message>
            <source>I want legal advice about my case</source>
            <extracomment>screening.blockers = wants_legal_advice</extracomment>
            <translation>제 케이스에 대해 법률 조언을 받고 싶습니다</translation>
        </message>
        <message>
            <source>My problem is with another office, not USCIS</source>
            <extracomment>screening.blockers = not_uscis</extracomment>
            <translation>제 문제는 USCIS가 아닌 다른 기관과 관련이 있습니다</translation>
        </message>
        <message>
            <source>I disagree with a USCIS decision, but I cannot point to a mistake</source>
            <extracomment>screening.blockers = disagrees_no_error</extracomment>
            <translation>USCIS 결정에 동의하지 않지만 실수를 짚을 수는 없습니다</translation>
        </message>
        <message>
            <source>I understand the Ombudsman may not be able to help, and I want to send it anyway</source>
            <extracomment>screening.continue_anyway: label</extracomment>
            <translation>옴부즈맨이 돕지 못할 수도 있다는 것을 이해하며, 그래도 보내고 싶습니다</translation>
        </message>
        <message>
            <source>Only choose this if you read why the Ombudsman may not be able to help and still want to ask. It keeps you from sending a request by mistake.</source>
            <extracomment>screening.continue_anyway: help</extracomment>
            <translation>옴부즈맨이 돕지 못할 수 있는 이유를 읽고도 요청하고 싶을 때만 고르세요. 실수로 요청을 보내는 것을 막아 줍니다.</translation>
        </message>
        <message>
            <source>What you already did with USCIS</source>
            <extracomment>section actions_taken: title</extracomment>
            <translation>USCIS에 이미 한 일</translation>
        </message>
        <message>
            <source>The Ombudsman asks you to contact USCIS first. It expects that you reached USCIS in the last 90 days, and that you gave USCIS at least 60 days to fix the problem.</source>
            <extracomment>section actions_taken: intro</extracomment>
            <translation>옴부즈맨은 먼저 USCIS에 연락하라고 요청합니다. 지난 90일 안에 USCIS에 연락했고, USCIS에 문제를 고칠 시간을 최소 60일 주었기를 기대합니다.</translation>
        </message>
        <message>
            <source>Did you call the USCIS Contact Center (1-800-375-5283)?</source>
            <extracomment>actions_taken.ncsc_called: label</extracomment>
            <translation>USCIS 콘택트 센터(1-800-375-5283)에 전화했나요?</translation>
        </message>
        <message>
            <source>Calling USCIS is usually the first step. The Ombudsman wants to know what you tried so it does not ask you to do it again.</source>
            <extracomment>actions_taken.ncsc_called: help</extracomment>
            <translation>보통 USCIS에 전화하는 것이 첫 단계입니다. 옴부즈맨은 다시 하라고 하지 않도록 무엇을 해 보았는지 알고 싶어 합니다.</translation>
        </message>
        <message>
            <source>When did you last call?</source>
            <extracomment>actions_taken.ncsc_date: label</extracomment>
            <translation>마지막으로 전화한 날은 언제인가요?</translation>
        </message>
        <message>
            <source>The date of your last call. It shows how long USCIS has had to fix the problem.</source>
            <extracomment>actions_taken.ncsc_date: help</extracomment>
            <translation>마지막 통화 날짜입니다. USCIS가 문제를 고칠 시간이 얼마나 있었는지 보여 줍니다.</translation>
        </message>
        <message>
            <source>Service request or referral number</source>
            <extracomment>actions_taken.ncsc_reference: label</extracomment>
            <translation>서비스 요청 번호 또는 의뢰 번호</translation>
        </message>
        <message>
            <source>If USCIS gave you a number for your call, write it here. It helps the Ombudsman find your call in USCIS records.</source>
            <extracomment>actions_taken.ncsc_reference: help</extracomment>
            <translation>통화 후 USCIS가 번호를 주었다면 여기에 적으세요. 옴부즈맨이 USCIS 기록에서 통화를 찾는 데 도움이 됩니다.</translation>
        </message>
        <message>
            <source>Did you check your case status online?</source>
            <extracomment>actions_taken.case_status_checked: label</extracomment>
            <translation>온라인으로 케이스 상태를 확인했나요?</translation>
        </message>
        <message>
            <source>USCIS shows case status on its website. This tells the Ombudsman what USCIS was showing you.</source>
            <extracomment>actions_taken.case_status_checked: help</extracomment>
            <translation>USCIS는 웹사이트에서 케이스 상태를 보여 줍니다. USCIS가 무엇을 보여 주고 있었는지 옴부즈맨에게 알려 줍니다.</translation>
        </message>
        <message>
            <source>When did you last check it?</source>
            <extracomment>actions_taken.case_status_date: label</extracomment>
            <translation>마지막으로 확인한 날은 언제인가요?</translation>
        </message>
        <message>
            <source>The last date you looked at your case status.</source>
            <extracomment>actions_taken.case_status_date: help</extracomment>
            <translation>케이스 상태를 마지막으로 본 날짜입니다.</translation>
        </message>
        <message>
            <source>Did you go to a USCIS office appointment (InfoPass)?</source>
            <extracomment>actions_taken.appointment: label</extracomment>
            <translation>USCIS 사무소 예약 방문(InfoPass)을 했나요?</translation>
        </message>
        <message>
            <source>An in-person appointment is another way to ask USCIS for help. Say if you had one.</source>
            <extracomment>actions_taken.appointment: help</extracomment>
            <translation>직접 방문 예약도 USCIS에 도움을 요청하는 방법입니다. 방문한 적이 있으면 알려 주세요.</translation>
        </message>
        <message>
            <source>Date of the appointment</source>
            <extracomment>actions_taken.appointment_date: label</extracomment>
            <translation>예약 날짜</translation>
        </message>
        <message>
            <source>The date you went to the USCIS office.</source>
            <extracomment>actions_taken.appointment_date: help</extracomment>
            <translation>USCIS 사무소에 간 날짜입니다.</translation>
        </message>
        <message>
            <source>Which USCIS office?</source>
            <extracomment>actions_taken.appointment_office: label</extracomment>
            <translation>어느 USCIS 사무소인가요?</translation>
        </message>
        <message>
            <source>The city or name of the office you went to.</source>
            <extracomment>actions_taken.appointment_office: help</extracomment>
            <translation>방문한 사무소의 도시나 이름입니다.</translation>
        </message>
        <message>
            <source>Did you send USCIS an online request (e-Request)?</source>
            <extracomment>actions_taken.e_request: label</extracomment>
            <translation>USCIS에 온라인 요청(e-Request)을 보냈나요?</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website to ask about a case. Say if you sent one.</source>
            <extracomment>actions_taken.e_request: help</extracomment>
            <translation>e-Request는 USCIS 웹사이트에서 케이스에 대해 묻는 양식입니다. 보낸 적이 있으면 알려 주세요.</translation>
        </message>
        <message>
            <source>Date of the e-Request</source>
            <extracomment>actions_taken.e_request_date: label</extracomment>
            <translation>e-Request 날짜</translation>
        </message>
        <message>
            <source>The date you sent the online request.</source>
            <extracomment>actions_taken.e_request_date: help</extracomment>
            <translation>온라인 요청을 보낸 날짜입니다.</translation>
        </message>
        <message>
            <source>e-Request number</source>
            <extracomment>actions_taken.e_request_number: label</extracomment>
            <translation>e-Request 번호</translation>
        </message>
        <message>
            <source>The number USCIS gave you for the online request, if you have it.</source>
            <extracomment>actions_taken.e_request_number: help</extracomment>
            <translation>온라인 요청에 대해 USCIS가 준 번호가 있으면 적으세요.</translation>
        </message>
        <message>
            <source>Did a member of Congress ask USCIS about your case?</source>
            <extracomment>actions_taken.congress_inquiry: label</extracomment>
            <translation>연방 의원이 USCIS에 케이스를 문의한 적이 있나요?</translation>
        </message>
        <message>
            <source>Your senator or representative can also ask USCIS. The Ombudsman wants to know so two offices do not do the same work.</source>
            <extracomment>actions_taken.congress_inquiry: help</extracomment>
            <translation>상원의원이나 하원의원도 USCIS에 문의할 수 있습니다. 두 사무소가 같은 일을 하지 않도록 옴부즈맨이 알고 싶어 합니다.</translation>
        </message>
        <message>
            <source>Which office of Congress?</source>
            <extracomment>actions_taken.congress_office: label</extracomment>
            <translation>어느 의원 사무소인가요?</translation>
        </message>
        <message>
            <source>The name of the senator or representative whose office helped.</source>
            <extracomment>actions_taken.congress_office: help</extracomment>
            <translation>도와준 사무소의 상원의원 또는 하원의원 이름입니다.</translation>
        </message>
        <message>
            <source>Anything else you did to fix the problem</source>
            <extracomment>actions_taken.other: label</extracomment>
            <translation>문제를 고치려고 한 다른 일</translation>
        </message>
        <message>
            <source>For example letters you sent to USCIS. Everything you tried helps the Ombudsman.</source>
            <extracomment>actions_taken.other: help</extracomment>
            <translation>예를 들어 USCIS에 보낸 편지. 해 본 모든 일이 옴부즈맨에게 도움이 됩니다.</translation>
        </message>
        <message>
            <source>Why you are asking for help</source>
            <extracomment>section reasons: title</extracomment>
            <translation>도움을 요청하는 이유</translation>
        </message>
        <message>
            <source>Tell the Ombudsman what went wrong and what you want fixed.</source>
            <extracomment>section reasons: intro</extracomment>
            <translation>무엇이 잘못되었고 무엇을 고치고 싶은지 옴부즈맨에게 알려 주세요.</translation>
        </message>
        <message>
            <source>Why are you asking for help?</source>
            <extracomment>reasons.kinds: label</extracomment>
            <translation>왜 도움을 요청하나요?</translation>
        </message>
        <message>
            <source>Pick every reason that fits. It helps the Ombudsman see how urgent your case is.</source>
            <extracomment>reasons.kinds: help</extracomment>
            <translation>맞는 이유를 모두 고르세요. 옴부즈맨이 케이스가 얼마나 급한지 아는 데 도움이 됩니다.</translation>
        </message>
        <message>
            <source>Emergency or hardship</source>
            <extracomment>reasons.kinds = emergency_hardship</extracomment>
            <translation>긴급 상황 또는 어려움</translation>
        </message>
        <message>
            <source>Pending longer than the posted processing time</source>
            <extracomment>reasons.kinds = beyond_processing_time</extracomment>
            <translation>공지된 처리 기간보다 오래 대기 중</translation>
        </message>
        <message>
            <source>USCIS made a mistake</source>
            <extracomment>reasons.kinds = uscis_error</extracomment>
            <translation>USCIS의 실수</translation>
        </message>
        <message>
            <source>At risk of losing status or building up unlawful presence</source>
            <extracomment>reasons.kinds = losing_status</extracomment>
            <translation>체류 신분을 잃거나 불법 체류 기간이 쌓일 위험</translation>
        </message>
        <message>
            <source>USCIS lost documents</source>
            <extracomment>reasons.kinds = lost_documents</extracomment>
            <translation>USCIS가 서류를 분실함</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>reasons.kinds = other</extracomment>
            <translation>기타</translation>
        </message>
        <message>
            <source>What is the emergency or hardship?</source>
            <extracomment>reasons.hardship_description: label</extracomment>
            <translation>어떤 긴급 상황이나 어려움인가요?</translation>
        </message>
        <message>
            <source>Explain what will happen if USCIS does not act soon, for example losing a job, missing medical care, or a family member who is very sick. The Ombudsman looks at urgent cases first, so clear facts matter.</source>
            <extracomment>reasons.hardship_description: help</extracomment>
            <translation>USCIS가 빨리 처리하지 않으면 무슨 일이 생기는지 설명하세요. 예: 일자리를 잃음, 치료를 받지 못함, 가족이 매우 아픔. 옴부즈맨은 급한 케이스를 먼저 보므로 분명한 사실이 중요합니다.</translation>
        </message>
        <message>
            <source>USCIS's posted processing time (months)</source>
            <extracomment>reasons.posted_processing_time_months: label</extracomment>
            <translation>USCIS가 공지한 처리 기간(개월)</translation>
        </message>
        <message>
            <source>USCIS posts how long a form usually takes at each office. Write the number of months it showed. We use it to count how far past that time your case is.</source>
            <extracomment>reasons.posted_processing_time_months: help</extracomment>
            <translation>USCIS는 사무소마다 양식 처리에 보통 걸리는 기간을 공지합니다. 표시된 개월 수를 적으세요. 케이스가 그 기간을 얼마나 넘었는지 계산하는 데 씁니다.</translation>
        </message>
        <message>
            <source>When did you look up that processing time?</source>
            <extracomment>reasons.processing_time_checked_on: label</extracomment>
            <translation>그 처리 기간은 언제 확인했나요?</translation>
        </message>
        <message>
            <source>Processing times change. The date shows which posted time you compared with.</source>
            <extracomment>reasons.processing_time_checked_on: help</extracomment>
            <translation>처리 기간은 바뀝니다. 날짜를 보면 어느 공지 기간과 비교했는지 알 수 있습니다.</translation>
        </message>
        <message>
            <source>What happened?</source>
            <extracomment>reasons.problem_description: label</extracomment>
            <translation>무슨 일이 있었나요?</translation>
        </message>
        <message>
            <source>Tell the story in order, with dates if you know them: what you filed, what USCIS did or did not do, and what you tried. This is the most important part: the Ombudsman reads it to understand your problem.</source>
            <extracomment>reasons.problem_description: help</extracomment>
            <translation>알고 있다면 날짜와 함께 순서대로 적으세요: 무엇을 제출했고, USCIS가 무엇을 했거나 하지 않았고, 무엇을 해 보았는지. 가장 중요한 부분입니다: 옴부즈맨은 이것을 읽고 문제를 이해합니다.</translation>
        </message>
        <message>
            <source>What do you want the Ombudsman to do?</source>
            <extracomment>reasons.desired_outcome: label</extracomment>
            <translation>옴부즈맨이 무엇을 해 주기를 원하나요?</translation>
        </message>
        <message>
            <source>For example: ask USCIS to decide the case, or to correct a mistake on a card. A clear request is easier to act on.</source>
            <extracomment>reasons.desired_outcome: help</extracomment>
            <translation>예: USCIS에 케이스 결정을 요청하거나, 카드의 잘못을 고쳐 달라고 요청. 요청이 분명할수록 처리하기 쉽습니다.</translation>
        </message>
        <message>
            <source>Who is filling in this request</source>
            <extracomment>section submitter: title</extracomment>
            <translation>이 요청을 작성하는 사람</translation>
        </message>
        <message>
            <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person's written consent.</source>
            <extracomment>section submitter: intro</extracomment>
            <translation>본인을 위해 도움을 요청하거나, 다른 사람이 요청하도록 도울 수 있습니다. 변호사는 USCIS에 G-28 양식이 제출되어 있어야 하고, 그 밖에 돕는 사람은 당사자의 서면 동의가 필요합니다.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <extracomment>submitter.role: label</extracomment>
            <translation>당신은 누구인가요?</translation>
        </message>
        <message>
            <source>I am the person with the USCIS case</source>
            <extracomment>submitter.role = self</extracomment>
            <translation>저는 USCIS 케이스의 당사자입니다</translation>
        </message>
        <message>
            <source>I am their attorney or accredited representative</source>
            <extracomment>submitter.role = attorney</extracomment>
            <translation>저는 당사자의 변호사 또는 인가된 대리인입니다</translation>
        </message>
        <message>
            <source>You need a copy of your Form G-28 that is on file with USCIS.</source>
            <extracomment>submitter.role = attorney: help</extracomment>
            <translation>USCIS에 제출되어 있는 G-28 양식 사본이 필요합니다.</translation>
        </message>
        <message>
            <source>I am helping them (family, volunteer, school official, congressional staff…)</source>
            <extracomment>submitter.role = helper</extracomment>
            <translation>저는 당사자를 돕고 있습니다(가족, 자원봉사자, 학교 담당자, 의회 직원 등)</translation>
        </message>
        <message>
            <source>The person must sign a consent that lets you ask for them.</source>
            <extracomment>submitter.role = helper: help</extracomment>
            <translation>당사자가 당신이 대신 요청하도록 허락하는 동의서에 서명해야 합니다.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <extracomment>submitter.name: label</extracomment>
            <translation>성명</translation>
        </message>
        <message>
            <source>The Ombudsman writes to you as the person who sent the request.</source>
            <extracomment>submitter.name: help</extracomment>
            <translation>옴부즈맨은 요청을 보낸 사람인 당신에게 편지를 씁니다.</translation>
        </message>
        <message>
            <source>Organization or law firm</source>
            <extracomment>submitter.organization: label</extracomment>
            <translation>단체 또는 법률 사무소</translation>
        </message>
        <message>
            <source>If you help as part of a group or law firm, give its name.</source>
            <extracomment>submitter.organization: help</extracomment>
            <translation>단체나 법률 사무소 소속으로 돕는다면 그 이름을 적으세요.</translation>
        </message>
        <message>
            <source>How are you related to the person?</source>
            <extracomment>submitter.relationship: label</extracomment>
            <translation>당사자와 어떤 관계인가요?</translation>
        </message>
        <message>
            <source>For example: daughter, friend, volunteer at a community center.</source>
            <extracomment>submitter.relationship: help</extracomment>
            <translation>예: 딸, 친구, 커뮤니티 센터 자원봉사자.</translation>
        </message>
        <message>
            <source>Your phone</source>
            <extracomment>submitter.phone: label</extracomment>
            <translation>전화번호</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach you with questions.</source>
            <extracomment>submitter.phone: help</extracomment>
            <translation>옴부즈맨이 질문이 있을 때 연락할 수 있는 번호입니다.</translation>
        </message>
        <message>
            <source>Your email</source>
            <extracomment>submitter.email: label</extracomment>
            <translation>이메일</translation>
        </message>
        <message>
            <source>Email is the fastest way for the Ombudsman to answer.</source>
            <extracomment>submitter.email: help</extracomment>
            <translation>이메일이 옴부즈맨의 답을 가장 빨리 받는 방법입니다.</translation>
        </message>
        <message>
            <source>Your fax</source>
            <extracomment>submitter.fax: label</extracomment>
            <translation>팩스</translation>
        </message>
        <message>
            <source>Only if you use a fax machine.</source>
            <extracomment>submitter.fax: help</extracomment>
            <translation>팩스를 쓰는 경우에만 적으세요.</translation>
        </message>
        <message>
            <source>Street address</source>
            <extracomment>submitter.address.street: label</extracomment>
            <translation>도로명 주소</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.street: help</extracomment>
            <translation>집 번호와 도로명, 또는 사서함(P.O. box). 옴부즈맨이 편지를 보낼 수 있도록 적으세요.</translation>
        </message>
        <message>
            <source>Apartment, suite or floor</source>
            <extracomment>submitter.address.unit: label</extracomment>
            <translation>아파트 호수, 사무실 번호 또는 층</translation>
        </message>
        <message>
            <source>Leave empty if none.</source>
            <extracomment>submitter.address.unit: help</extracomment>
            <translation>없으면 비워 두세요.</translation>
        </message>
        <message>
            <source>City or town</source>
            <extracomment>submitter.address.city: label</extracomment>
            <translation>시 또는 읍</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.city: help</extracomment>
            <translation>옴부즈맨이 편지를 보낼 수 있도록 시나 읍을 적으세요.</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>submitter.address.state: label</extracomment>
            <translation>주</translation>
        </message>
        <message>
            <source>In the U.S., pick the state or territory. Outside the U.S., write the province or region.</source>
            <extracomment>submitter.address.state: help</extracomment>
            <translation>미국이면 주나 준주를 고르세요. 미국 밖이면 도나 지역을 적으세요.</translation>
        </message>
        <message>
            <source>ZIP code</source>
            <extracomment>submitter.address.postal_code: label</extracomment>
            <translation>우편번호(ZIP)</translation>
        </message>
        <message>
            <source>In the U.S. this is 5 digits, or 5 + 4 digits (20528 or 20528-0180). Outside the U.S., write the postal code as it appears on letters.</source>
            <extracomment>submitter.address.postal_code: help</extracomment>
            <translation>미국에서는 숫자 5자리 또는 5+4자리입니다(20528 또는 20528-0180). 미국 밖이면 편지에 적힌 대로 우편번호를 적으세요.</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>submitter.address.country: label</extracomment>
            <translation>나라</translation>
        </message>
        <message>
            <source>The country of this address.</source>
            <extracomment>submitter.address.country: help</extracomment>
            <translation>이 주소가 있는 나라입니다.</translation>
        </message>
        <message>
            <source>Bar number</source>
            <extracomment>submitter.bar_number: label</extracomment>
            <translation>변호사 등록 번호(bar number)</translation>
        </message>
        <message>
            <source>Attorneys: your state bar number, which shows you may practice law.</source>
            <extracomment>submitter.bar_number: help</extracomment>
            <translation>변호사: 변호사로 일할 수 있음을 보여 주는 주 변호사협회 등록 번호.</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <extracomment>submitter.accreditation: label</extracomment>
            <translation>인가 정보</translation>
        </message>
        <message>
            <source>The Ombudsman only talks about a case with the person, or with someone the person allowed. So it needs to know who is asking.</source>
            <extracomment>submitter.role: help</extracomment>
            <translation>옴부즈맨은 당사자 본인이나 당사자가 허락한 사람하고만 케이스에 대해 이야기합니다. 그래서 누가 묻는지 알아야 합니다.</translation>
        </message>
        <message>
            <source>If you are an accredited representative: the name of your group and your number. It shows you may help people with USCIS cases.</source>
            <extracomment>submitter.accreditation: help</extracomment>
            <translation>인가된 대리인이라면: 소속 단체 이름과 번호. USCIS 케이스로 사람들을 도울 수 있다는 것을 보여 줍니다.</translation>
        </message>
        <message>
            <source>The person or employer with the USCIS case</source>
            <extracomment>section subject: title</extracomment>
            <translation>USCIS 케이스가 있는 사람 또는 고용주</translation>
        </message>
        <message>
            <source>Give the details of the person (or employer) who filed with USCIS and has the problem. Do not enter the attorney or law firm here.</source>
            <extracomment>section subject: intro</extracomment>
            <translation>USCIS에 서류를 제출했고 문제가 생긴 사람(또는 고용주)의 정보를 적으세요. 변호사나 법률 사무소는 여기에 적지 마세요.</translation>
        </message>
        <message>
            <source>Is this a person or an employer/organization?</source>
            <extracomment>subject.kind: label</extracomment>
            <translation>개인인가요, 고용주/단체인가요?</translation>
        </message>
        <message>
            <source>Employers file petitions too. This decides which name boxes to fill.</source>
            <extracomment>subject.kind: help</extracomment>
            <translation>고용주도 청원서를 제출합니다. 이에 따라 어떤 이름 칸을 채울지 정해집니다.</translation>
        </message>
        <message>
            <source>A person</source>
            <extracomment>subject.kind = person</extracomment>
            <translation>개인</translation>
        </message>
        <message>
            <source>An employer or organization</source>
            <extracomment>subject.kind = organization</extracomment>
            <translation>고용주 또는 단체</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>subject.title: label</extracomment>
            <translation>호칭</translation>
        </message>
        <message>
            <source>Optional. How the Ombudsman should address the person in letters.</source>
            <extracomment>subject.title: help</extracomment>
            <translation>선택 사항. 옴부즈맨이 편지에서 당사자를 부를 호칭입니다.</translation>
        </message>
        <message>
            <source>Mr.</source>
            <extracomment>subject.title = Mr.</extracomment>
            <translation>Mr.(남성)</translation>
        </message>
        <message>
            <source>Ms.</source>
            <extracomment>subject.title = Ms.</extracomment>
            <translation>Ms.(여성)</translation>
        </message>
        <message>
            <source>Mx.</source>
            <extracomment>subject.title = Mx.</extracomment>
            <translation>Mx.(성별 구분 없음)</translation>
        </message>
        <message>
            <source>First name (given name)</source>
            <extracomment>subject.first_name: label</extracomment>
            <translation>이름</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case. Any alphabet is fine.</source>
            <extracomment>subject.first_name: help</extracomment>
            <translation>옴부즈맨이 맞는 케이스를 찾을 수 있도록 USCIS 서류에 있는 그대로 적으세요. 어떤 문자로 적어도 됩니다.</translation>
        </message>
        <message>
            <source>Middle name</source>
            <extracomment>subject.middle_name: label</extracomment>
            <translation>중간 이름</translation>
        </message>
        <message>
            <source>Only if the USCIS papers show one.</source>
            <extracomment>subject.middle_name: help</extracomment>
            <translation>USCIS 서류에 있는 경우에만 적으세요.</translation>
        </message>
        <message>
            <source>Last name (family name)</source>
            <extracomment>subject.last_name: label</extracomment>
            <translation>성</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case.</source>
            <extracomment>subject.last_name: help</extracomment>
            <translation>옴부즈맨이 맞는 케이스를 찾을 수 있도록 USCIS 서류에 있는 그대로 적으세요.</translation>
        </message>
        <message>
            <source>Name of the employer or organization</source>
            <extracomment>subject.organization_name: label</extracomment>
            <translation>고용주 또는 단체 이름</translation>
        </message>
        <message>
            <source>The name that is on the petition filed with USCIS.</source>
            <extracomment>subject.organization_name: help</extracomment>
            <translation>USCIS에 제출한 청원서에 있는 이름입니다.</translation>
        </message>
        <message>
            <source>Other names used</source>
            <extracomment>subject.other_names: label</extracomment>
            <translation>사용한 다른 이름</translation>
        </message>
        <message>
            <source>For example a name before marriage or another spelling. USCIS may file papers under it.</source>
            <extracomment>subject.other_names: help</extracomment>
            <translation>예: 결혼 전 이름이나 다른 철자. USCIS가 그 이름으로 서류를 보관할 수 있습니다.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <extracomment>subject.date_of_birth: label</extracomment>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>USCIS uses the birth date with the name to find the right person.</source>
            <extracomment>subject.date_of_birth: help</extracomment>
            <translation>USCIS는 이름과 생년월일로 맞는 사람을 찾습니다.</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <extracomment>subject.country_of_birth: label</extracomment>
            <translation>출생 국가</translation>
        </message>
        <message>
            <source>It helps USCIS match the records.</source>
            <extracomment>subject.country_of_birth: help</extracomment>
            <translation>USCIS가 기록을 맞추는 데 도움이 됩니다.</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <extracomment>subject.country_of_citizenship: label</extracomment>
            <translation>국적</translation>
        </message>
        <message>
            <source>The country whose passport the person holds.</source>
            <extracomment>subject.country_of_citizenship: help</extracomment>
            <translation>당사자가 가진 여권의 나라입니다.</translation>
        </message>
        <message>
            <source>A-Number (if any)</source>
            <extracomment>subject.a_number: label</extracomment>
            <translation>A번호(있는 경우)</translation>
        </message>
        <message>
            <source>Not every person has an A-Number. If you have one, it starts with A and has 7 to 9 digits (A123-456-789). It is the fastest way to find your file.</source>
            <extracomment>subject.a_number: help</extracomment>
            <translation>모든 사람에게 A번호가 있는 것은 아닙니다. 있다면 A로 시작하고 숫자 7~9자리입니다(A123-456-789). 파일을 찾는 가장 빠른 방법입니다.</translation>
        </message>
        <message>
            <source>USCIS online account number (if any)</source>
            <extracomment>subject.uscis_online_account_number: label</extracomment>
            <translation>USCIS 온라인 계정 번호(있는 경우)</translation>
        </message>
        <message>
            <source>12 digits. You have one only if you filed online or got it in a USCIS notice.</source>
            <extracomment>subject.uscis_online_account_number: help</extracomment>
            <translation>숫자 12자리. 온라인으로 제출했거나 USCIS 통지서에서 받은 경우에만 있습니다.</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.street: help</extracomment>
            <translation>집 번호와 도로명, 또는 사서함(P.O. box). 옴부즈맨이 당사자에게 편지를 보낼 수 있도록 적으세요.</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.city: help</extracomment>
            <translation>옴부즈맨이 당사자에게 편지를 보낼 수 있도록 시나 읍을 적으세요.</translation>
        </message>
        <message>
            <source>Phone</source>
            <extracomment>subject.phone: label</extracomment>
            <translation>전화</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach the person. At least one way to reach them is needed.</source>
            <extracomment>subject.phone: help</extracomment>
            <translation>옴부즈맨이 당사자에게 연락할 수 있는 번호입니다. 연락 방법이 하나 이상 필요합니다.</translation>
        </message>
        <message>
            <source>Fax</source>
            <extracomment>subject.fax: label</extracomment>
            <translation>팩스</translation>
        </message>
        <message>
            <source>Only if the person uses a fax machine.</source>
            <extracomment>subject.fax: help</extracomment>
            <translation>당사자가 팩스를 쓰는 경우에만 적으세요.</translation>
        </message>
        <message>
            <source>Email (to get Ombudsman updates)</source>
            <extracomment>subject.email: label</extracomment>
            <translation>이메일(옴부즈맨 소식 받기)</translation>
        </message>
        <message>
            <source>The Ombudsman sends updates about the request to this email.</source>
            <extracomment>subject.email: help</extracomment>
            <translation>옴부즈맨은 이 이메일로 요청에 대한 소식을 보냅니다.</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <extracomment>subject.preferred_language: label</extracomment>
            <translation>선호하는 언어</translation>
        </message>
        <message>
            <source>The language the person reads and speaks best.</source>
            <extracomment>subject.preferred_language: help</extracomment>
            <translation>당사자가 가장 잘 읽고 말하는 언어입니다.</translation>
        </message>
        <message>
            <source>Does the person need an interpreter?</source>
            <extracomment>subject.needs_interpreter: label</extracomment>
            <translation>당사자에게 통역사가 필요한가요?</translation>
        </message>
        <message>
            <source>So the Ombudsman can plan a call in the person's language.</source>
            <extracomment>subject.needs_interpreter: help</extracomment>
            <translation>옴부즈맨이 당사자의 언어로 통화를 준비할 수 있도록.</translation>
        </message>
        <message>
            <source>Has the person applied for or received T, U, VAWA, asylum or refugee status?</source>
            <extracomment>subject.protected_category: label</extracomment>
            <translation>당사자가 T, U, VAWA, 망명 또는 난민 신분을 신청했거나 받았나요?</translation>
        </message>
        <message>
            <source>These cases have extra privacy protections. The consent must then be signed by hand in ink: print it, sign it, and scan it.</source>
            <extracomment>subject.protected_category: help</extracomment>
            <translation>이런 케이스는 개인정보 보호가 더 강합니다. 이 경우 동의서에 펜으로 직접 서명해야 합니다: 인쇄하고, 서명하고, 스캔하세요.</translation>
        </message>
        <message>
            <source>The beneficiary (if the petition is for someone else)</source>
            <extracomment>section beneficiary: title</extracomment>
            <translation>수혜자(청원서가 다른 사람을 위한 경우)</translation>
        </message>
        <message>
            <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person's details. Otherwise skip this page.</source>
            <extracomment>section beneficiary: intro</extracomment>
            <translation>어떤 청원서는 친척이나 직원 같은 다른 사람을 위해 제출됩니다. 그렇다면 그 사람의 정보를 적으세요. 아니면 이 페이지를 건너뛰세요.</translation>
        </message>
        <message>
            <source>Beneficiary's first name</source>
            <extracomment>beneficiary.first_name: label</extracomment>
            <translation>수혜자 이름</translation>
        </message>
        <message>
            <source>The person the petition is for.</source>
            <extracomment>beneficiary.first_name: help</extracomment>
            <translation>청원서의 대상인 사람입니다.</translation>
        </message>
        <message>
            <source>Beneficiary's last name</source>
            <extracomment>beneficiary.last_name: label</extracomment>
            <translation>수혜자 성</translation>
        </message>
        <message>
            <source>As on the petition.</source>
            <extracomment>beneficiary.last_name: help</extracomment>
            <translation>청원서에 있는 그대로.</translation>
        </message>
        <message>
            <source>Beneficiary's date of birth</source>
            <extracomment>beneficiary.date_of_birth: label</extracomment>
            <translation>수혜자 생년월일</translation>
        </message>
        <message>
            <source>Helps USCIS find the right person.</source>
            <extracomment>beneficiary.date_of_birth: help</extracomment>
            <translation>USCIS가 맞는 사람을 찾는 데 도움이 됩니다.</translation>
        </message>
        <message>
            <source>Beneficiary's A-Number (if any)</source>
            <extracomment>beneficiary.a_number: label</extracomment>
            <translation>수혜자 A번호(있는 경우)</translation>
        </message>
        <message>
            <source>Not everyone has one. If there is one, it helps find the file.</source>
            <extracomment>beneficiary.a_number: help</extracomment>
            <translation>모두에게 있는 것은 아닙니다. 있다면 파일을 찾는 데 도움이 됩니다.</translation>
        </message>
        <message>
            <source>Relationship to the petitioner</source>
            <extracomment>beneficiary.relationship: label</extracomment>
            <translation>청원인과의 관계</translation>
        </message>
        <message>
            <source>For example: spouse, son, employee.</source>
            <extracomment>beneficiary.relationship: help</extracomment>
            <translation>예: 배우자, 아들, 직원.</translation>
        </message>
        <message>
            <source>Applications and petitions filed</source>
            <extracomment>section filings: title</extracomment>
            <translation>제출한 신청서와 청원서</translation>
        </message>
        <message>
            <source>List all applications and petitions pending with USCIS that are part of this problem. Include every receipt number: it is how the Ombudsman finds each case.</source>
            <extracomment>section filings: intro</extracomment>
            <translation>이 문제와 관련해 USCIS에서 대기 중인 신청서와 청원서를 모두 적으세요. 접수 번호를 빠짐없이 넣으세요: 옴부즈맨은 이 번호로 각 케이스를 찾습니다.</translation>
        </message>
        <message>
            <source>Application or petition</source>
            <extracomment>section filings: item_label</extracomment>
            <translation>신청서 또는 청원서</translation>
        </message>
        <message>
            <source>Form number</source>
            <extracomment>filings[].form_number: label</extracomment>
            <translation>양식 번호</translation>
        </message>
        <message>
            <source>The number printed at the top of the form you filed, like I-130 or N-400. It tells the Ombudsman what you asked USCIS for.</source>
            <extracomment>filings[].form_number: help</extracomment>
            <translation>제출한 양식 맨 위에 인쇄된 번호입니다. 예: I-130, N-400. USCIS에 무엇을 신청했는지 옴부즈맨에게 알려 줍니다.</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <extracomment>filings[].receipt_number: label</extracomment>
            <translation>접수 번호</translation>
        </message>
        <message>
            <source>It is on the receipt notice (Form I-797C) USCIS mailed you: 3 letters and 10 numbers, like IOE0912345678. Dashes and spaces are fine.</source>
            <extracomment>filings[].receipt_number: help</extracomment>
            <translation>USCIS가 우편으로 보낸 접수 통지서(I-797C 양식)에 있습니다: 영문자 3개와 숫자 10자리. 예: IOE0912345678. 줄표나 빈칸이 있어도 됩니다.</translation>
        </message>
        <message>
            <source>Why is there no receipt number?</source>
            <extracomment>filings[].no_receipt_reason: label</extracomment>
            <translation>왜 접수 번호가 없나요?</translation>
        </message>
        <message>
            <source>If you never got a receipt notice, say so here, for example 'filed 5 months ago, no receipt notice yet'. The Ombudsman needs this to look for the case.</source>
            <extracomment>filings[].no_receipt_reason: help</extracomment>
            <translation>접수 통지서를 받은 적이 없다면 여기에 적으세요. 예: ‘5개월 전에 제출, 아직 접수 통지서 없음’. 옴부즈맨이 케이스를 찾는 데 필요합니다.</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <extracomment>filings[].receipt_date: label</extracomment>
            <translation>접수 날짜</translation>
        </message>
        <message>
            <source>The 'Received Date' on the receipt notice. We use it to count how long the case has been waiting.</source>
            <extracomment>filings[].receipt_date: help</extracomment>
            <translation>접수 통지서의 ‘Received Date’(접수 날짜)입니다. 케이스가 얼마나 기다렸는지 계산하는 데 씁니다.</translation>
        </message>
        <message>
            <source>USCIS office handling it</source>
            <extracomment>filings[].office: label</extracomment>
            <translation>담당 USCIS 사무소</translation>
        </message>
        <message>
            <source>If you know which office or service center has the case, write it here.</source>
            <extracomment>filings[].office: help</extracomment>
            <translation>어느 사무소나 서비스 센터에 케이스가 있는지 알면 여기에 적으세요.</translation>
        </message>
        <message>
            <source>What you asked USCIS for</source>
            <extracomment>section benefit: title</extracomment>
            <translation>USCIS에 신청한 것</translation>
        </message>
        <message>
            <source>Choose the kind of immigration benefit the applications are for.</source>
            <extracomment>section benefit: intro</extracomment>
            <translation>신청서가 어떤 이민 혜택을 위한 것인지 고르세요.</translation>
        </message>
        <message>
            <source>Type of benefit</source>
            <extracomment>benefit.types: label</extracomment>
            <translation>혜택 종류</translation>
        </message>
        <message>
            <source>Pick all that apply. It helps the Ombudsman send your case to the right team.</source>
            <extracomment>benefit.types: help</extracomment>
            <translation>해당하는 것을 모두 고르세요. 옴부즈맨이 케이스를 맞는 팀에 보내는 데 도움이 됩니다.</translation>
        </message>
        <message>
            <source>Nonimmigrant (ex. Student)</source>
            <extracomment>benefit.types = nonimmigrant</extracomment>
            <translation>비이민(예: 학생)</translation>
        </message>
        <message>
            <source>Immigrant (ex. Permanent Residency)</source>
            <extracomment>benefit.types = immigrant</extracomment>
            <translation>이민(예: 영주권)</translation>
        </message>
        <message>
            <source>Citizenship or Naturalization</source>
            <extracomment>benefit.types = citizenship</extracomment>
            <translation>시민권 또는 귀화</translation>
        </message>
        <message>
            <source>Asylum or Refugee</source>
            <extracomment>benefit.types = asylum_refugee</extracomment>
            <translation>망명 또는 난민</translation>
        </message>
        <message>
            <source>Interim benefit (ex. Employment Authorization)</source>
            <extracomment>benefit.types = interim</extracomment>
            <translation>임시 혜택(예: 취업 허가)</translation>
        </message>
        <message>
            <source>Waiver (ex. Waiver of Grounds of Inadmissibility)</source>
            <extracomment>benefit.types = waiver</extracomment>
            <translation>면제(예: 입국 불허 사유 면제)</translation>
        </message>
        <message>
            <source>What other benefit?</source>
            <extracomment>benefit.other_description: label</extracomment>
            <translation>어떤 다른 혜택인가요?</translation>
        </message>
        <message>
            <source>You chose 'Other': say in a few words what you asked USCIS for.</source>
            <extracomment>benefit.other_description: help</extracomment>
            <translation>‘기타’를 골랐습니다: USCIS에 무엇을 신청했는지 짧게 적으세요.</translation>
        </message>
        <message>
            <source>Supporting documents</source>
            <extracomment>section documents: title</extracomment>
            <translation>증빙 서류</translation>
        </message>
        <message>
            <source>Add copies of papers that show the problem, like receipt notices and letters from USCIS. Please do not send original documents: copies only. The files stay encrypted on this computer.</source>
            <extracomment>section documents: intro</extracomment>
            <translation>문제를 보여 주는 서류의 사본을 추가하세요. 예: 접수 통지서, USCIS의 편지. 원본은 보내지 마세요: 사본만 보내세요. 파일은 이 컴퓨터에 암호화되어 보관됩니다.</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>section documents: item_label</extracomment>
            <translation>서류</translation>
        </message>
        <message>
            <source>Document id</source>
            <extracomment>documents[].id: label</extracomment>
            <translation>서류 ID</translation>
        </message>
        <message>
            <source>Set by the app.</source>
            <extracomment>documents[].id: help</extracomment>
            <translation>앱이 정합니다.</translation>
        </message>
        <message>
            <source>What kind of document is it?</source>
            <extracomment>documents[].category: label</extracomment>
            <translation>어떤 종류의 서류인가요?</translation>
        </message>
        <message>
            <source>Helps the Ombudsman see quickly what you sent, and lets the app check that a G-28 or a consent is there when needed.</source>
            <extracomment>documents[].category: help</extracomment>
            <translation>옴부즈맨이 무엇을 보냈는지 빨리 알 수 있고, 필요할 때 앱이 G-28이나 동의서가 있는지 확인할 수 있습니다.</translation>
        </message>
        <message>
            <source>Copy of something I sent to USCIS</source>
            <extracomment>documents[].category = submitted_to_uscis</extracomment>
            <translation>제가 USCIS에 보낸 것의 사본</translation>
        </message>
        <message>
            <source>Copy of something USCIS sent me</source>
            <extracomment>documents[].category = received_from_uscis</extracomment>
            <translation>USCIS가 저에게 보낸 것의 사본</translation>
        </message>
        <message>
            <source>Form G-28 (attorney or representative)</source>
            <extracomment>documents[].category = g28</extracomment>
            <translation>G-28 양식(변호사 또는 대리인)</translation>
        </message>
        <message>
            <source>Signed consent of the person</source>
            <extracomment>documents[].category = consent</extracomment>
            <translation>당사자가 서명한 동의서</translation>
        </message>
        <message>
            <source>The form's signature page, signed in ink (scan or photo)</source>
            <extracomment>documents[].category = signed_form</extracomment>
            <translation>잉크로 서명한 양식의 서명 페이지(스캔 또는 사진)</translation>
        </message>
        <message>
            <source>Other supporting document</source>
            <extracomment>documents[].category = other</extracomment>
            <translation>기타 증빙 서류</translation>
        </message>
        <message>
            <source>Short description</source>
            <extracomment>documents[].title: label</extracomment>
            <translation>짧은 설명</translation>
        </message>
        <message>
            <source>For example 'Receipt notice for I-485'. It is printed in the list of documents.</source>
            <extracomment>documents[].title: help</extracomment>
            <translation>예: ‘I-485 접수 통지서’. 서류 목록에 인쇄됩니다.</translation>
        </message>
        <message>
            <source>File name</source>
            <extracomment>documents[].original_filename: label</extracomment>
            <translation>파일 이름</translation>
        </message>
        <message>
            <source>The name of the file you added.</source>
            <extracomment>documents[].original_filename: help</extracomment>
            <translation>추가한 파일의 이름입니다.</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>documents[].pages: label</extracomment>
            <translation>페이지 수</translation>
        </message>
        <message>
            <source>Counted by the app.</source>
            <extracomment>documents[].pages: help</extracomment>
            <translation>앱이 셉니다.</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <extracomment>documents[].sha256: label</extracomment>
            <translation>파일 지문(SHA-256)</translation>
        </message>
        <message>
            <source>Lets the app check the stored copy has not changed.</source>
            <extracomment>documents[].sha256: help</extracomment>
            <translation>저장된 사본이 바뀌지 않았는지 앱이 확인하게 해 줍니다.</translation>
        </message>
        <message>
            <source>Added on</source>
            <extracomment>documents[].added_on: label</extracomment>
            <translation>추가한 날</translation>
        </message>
        <message>
            <source>The day the file was added.</source>
            <extracomment>documents[].added_on: help</extracomment>
            <translation>파일을 추가한 날입니다.</translation>
        </message>
        <message>
            <source>Consent</source>
            <extracomment>section consent: title</extracomment>
            <translation>동의</translation>
        </message>
        <message>
            <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice below first.</source>
            <extracomment>section consent: intro</extracomment>
            <translation>옴부즈맨이 당사자의 USCIS 기록을 보고 USCIS와 그 기록에 대해 이야기하려면 당사자의 허락이 필요합니다. 먼저 아래의 개인정보보호법(Privacy Act) 안내를 읽으세요.</translation>
        </message>
        <message>
            <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
            <extracomment>consent.agreed: label</extracomment>
            <translation>당사자는 이 문제를 해결하기 위해 옴부즈맨이 자신의 정보를 받고 USCIS와 공유하는 것에 동의합니다</translation>
        </message>
        <message>
            <source>The law keeps USCIS records private. The Ombudsman can only look at the case if the person says yes.</source>
            <extracomment>consent.agreed: help</extracomment>
            <translation>법은 USCIS 기록을 비공개로 지킵니다. 당사자가 동의해야만 옴부즈맨이 케이스를 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>How will the person sign?</source>
            <extracomment>consent.signature_method: label</extracomment>
            <translation>당사자는 어떻게 서명하나요?</translation>
        </message>
        <message>
            <source>Draw the signature, type it as /s/ and the name, or print the page and sign it by hand. For T, U, VAWA, asylum and refugee cases only the ink signature is allowed.</source>
            <extracomment>consent.signature_method: help</extracomment>
            <translation>서명을 그리거나, /s/와 이름으로 입력하거나, 페이지를 인쇄해 손으로 서명하세요. T, U, VAWA, 망명, 난민 케이스는 펜 서명만 됩니다.</translation>
        </message>
        <message>
            <source>Draw it on the screen</source>
            <extracomment>consent.signature_method = drawn</extracomment>
            <translation>화면에 그리기</translation>
        </message>
        <message>
            <source>Type it (/s/ Name)</source>
            <extracomment>consent.signature_method = typed</extracomment>
            <translation>입력하기(/s/ 이름)</translation>
        </message>
        <message>
            <source>Print, sign in ink, and scan</source>
            <extracomment>consent.signature_method = wet_ink</extracomment>
            <translation>인쇄해서 펜으로 서명하고 스캔하기</translation>
        </message>
        <message>
            <source>Name of the person signing</source>
            <extracomment>consent.signer_name: label</extracomment>
            <translation>서명하는 사람의 이름</translation>
        </message>
        <message>
            <source>The person with the case signs, or for an employer someone allowed to sign for it.</source>
            <extracomment>consent.signer_name: help</extracomment>
            <translation>케이스 당사자가 서명합니다. 고용주라면 고용주를 대신해 서명할 권한이 있는 사람이 서명합니다.</translation>
        </message>
        <message>
            <source>Date signed</source>
            <extracomment>consent.signed_on: label</extracomment>
            <translation>서명 날짜</translation>
        </message>
        <message>
            <source>The day the person signed.</source>
            <extracomment>consent.signed_on: help</extracomment>
            <translation>당사자가 서명한 날입니다.</translation>
        </message>
        <message>
            <source>Preparer or interpreter statement</source>
            <extracomment>consent.preparer_statement: label</extracomment>
            <translation>작성자 또는 통역자 진술</translation>
        </message>
        <message>
            <source>If someone else filled in this form or read it to the person, write their name and the language, for example: 'Prepared by Minh Tran, read to the subject in Vietnamese.' It shows the person understood what they signed.</source>
            <extracomment>consent.preparer_statement: help</extracomment>
            <translation>다른 사람이 이 양식을 작성했거나 당사자에게 읽어 주었다면, 그 사람의 이름과 언어를 적으세요. 예: ‘Minh Tran이 작성하고 당사자에게 베트남어로 읽어 줌.’ 당사자가 서명한 내용을 이해했다는 것을 보여 줍니다.</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>T and U</source>
            <translation>T와 U</translation>
        </message>
        <message>
            <source>T and U are kinds of visa: T for victims of human trafficking, U for victims of certain crimes who help the police.</source>
            <translation>T와 U는 비자 종류입니다. T는 인신매매 피해자, U는 경찰을 돕는 특정 범죄 피해자를 위한 것입니다.</translation>
        </message>
        <message>
            <source>VAWA (Violence Against Women Act): a way for people abused by a U.S. citizen or permanent resident family member to apply on their own, without the abuser.</source>
            <translation>VAWA(여성폭력방지법): 미국 시민권자나 영주권자인 가족에게 학대받은 사람이 가해자 없이 스스로 신청할 수 있는 방법입니다.</translation>
        </message>
        <message>
            <source>asylee, refugee</source>
            <translation>망명자, 난민</translation>
        </message>
        <message>
            <source>A refugee was given protection before coming to the United States; an asylee asked for it (asylum) after arriving. Both fear harm in their home country.</source>
            <translation>난민은 미국에 오기 전에 보호를 받은 사람이고, 망명자는 도착한 뒤 보호(망명)를 신청한 사람입니다. 둘 다 본국에서 해를 입을까 두려워합니다.</translation>
        </message>
        <message>
            <source>InfoPass is the old name of an in-person appointment at a USCIS office, made through the USCIS Contact Center.</source>
            <translation>InfoPass는 USCIS 사무소 방문 예약의 옛 이름으로, USCIS 연락 센터를 통해 예약합니다.</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website for asking about a case, for example when it is past the normal processing time. USCIS answers by email.</source>
            <translation>e-Request는 사례에 대해 문의하는 USCIS 웹사이트의 양식입니다. 예를 들어 정상 처리 기간이 지났을 때 씁니다. USCIS는 이메일로 답합니다.</translation>
        </message>
        <message>
            <source>Form G-28 is the form a lawyer or accredited representative signs with the person to show USCIS and the Ombudsman that they represent them.</source>
            <translation>G-28 양식은 변호사나 공인 대리인이 본인과 함께 서명하여 USCIS와 옴부즈맨에게 자신이 대리인임을 보여 주는 양식입니다.</translation>
        </message>
        <message>
            <source>beneficiary, petitioner</source>
            <translation>수혜자, 청원인</translation>
        </message>
        <message>
            <source>The petitioner files a petition for someone else (a relative, a worker); that person is the beneficiary.</source>
            <translation>청원인은 다른 사람(가족, 직원)을 위해 청원서를 내고, 그 사람이 수혜자입니다.</translation>
        </message>
        <message>
            <source>accredited representative</source>
            <translation>공인 대리인</translation>
        </message>
        <message>
            <source>An accredited representative is not a lawyer but is allowed by the Justice Department to give immigration legal help, working for a recognized nonprofit organization.</source>
            <translation>공인 대리인은 변호사가 아니지만, 인정받은 비영리 단체에서 일하며 이민 법률 도움을 줄 수 있도록 법무부의 허가를 받은 사람입니다.</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>접수 번호</translation>
        </message>
        <message>
            <source>The receipt number is on the notice USCIS sent after getting an application: three letters and ten digits, for example IOE0912345678.</source>
            <translation>접수 번호는 USCIS가 신청서를 받은 뒤 보낸 통지서에 있습니다. 영문자 세 개와 숫자 열 개입니다. 예: IOE0912345678.</translation>
        </message>
        <message>
            <source>The A-Number (Alien Registration Number) is the person's own USCIS number: an A and 8 or 9 digits, on a green card, work permit or USCIS notices.</source>
            <translation>A-Number(외국인 등록 번호)는 본인의 USCIS 번호로, A와 숫자 8~9자리이며 영주권, 취업 허가증 또는 USCIS 통지서에 있습니다.</translation>
        </message>
        <message>
            <source>“ex.” means “for example”.</source>
            <translation>‘예:’는 ‘예를 들면’이라는 뜻입니다.</translation>
        </message>
    </context>
    <context>
        <name>pdf_printing</name>
        <message>
            <source>The packet could not be opened for printing. Make the package again.</source>
            <translation>인쇄할 꾸러미를 열 수 없습니다. 꾸러미를 다시 만드세요.</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>우편용 꾸러미 인쇄</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is on and try again.</source>
            <translation>프린터를 시작할 수 없습니다. 프린터가 켜져 있는지 확인하고 다시 해 보세요.</translation>
        </message>
        <message>
            <source>Printing was cancelled. Pages already sent to the printer may still print.</source>
            <translation>인쇄가 취소되었습니다. 이미 프린터로 보낸 페이지는 그래도 인쇄될 수 있습니다.</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>인쇄 중</translation>
        </message>
        <message>
            <source>Printing page {page} of {total}…</source>
            <translation>{total}쪽 중 {page}쪽 인쇄 중…</translation>
        </message>
        <message>
            <source>A page could not be prepared for printing. Make the package again.</source>
            <translation>인쇄할 페이지를 준비할 수 없습니다. 꾸러미를 다시 만드세요.</translation>
        </message>
    </context>
    <context>
        <name>us_states</name>
        <message>
            <source>Alabama</source>
            <extracomment>US state or territory AL (postal code)</extracomment>
            <translation>앨라배마</translation>
        </message>
        <message>
            <source>Alaska</source>
            <extracomment>US state or territory AK (postal code)</extracomment>
            <translation>알래스카</translation>
        </message>
        <message>
            <source>Arizona</source>
            <extracomment>US state or territory AZ (postal code)</extracomment>
            <translation>애리조나</translation>
        </message>
        <message>
            <source>Arkansas</source>
            <extracomment>US state or territory AR (postal code)</extracomment>
            <translation>아칸소</translation>
        </message>
        <message>
            <source>California</source>
            <extracomment>US state or territory CA (postal code)</extracomment>
            <translation>캘리포니아</translation>
        </message>
        <message>
            <source>Colorado</source>
            <extracomment>US state or territory CO (postal code)</extracomment>
            <translation>콜로라도</translation>
        </message>
        <message>
            <source>Connecticut</source>
            <extracomment>US state or territory CT (postal code)</extracomment>
            <translation>코네티컷</translation>
        </message>
        <message>
            <source>Delaware</source>
            <extracomment>US state or territory DE (postal code)</extracomment>
            <translation>델라웨어</translation>
        </message>
        <message>
            <source>District of Columbia</source>
            <extracomment>US state or territory DC (postal code)</extracomment>
            <translation>컬럼비아 특별구 (워싱턴 D.C.)</translation>
        </message>
        <message>
            <source>Florida</source>
            <extracomment>US state or territory FL (postal code)</extracomment>
            <translation>플로리다</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>US state or territory GA (postal code)</extracomment>
            <translation>조지아</translation>
        </message>
        <message>
            <source>Hawaii</source>
            <extracomment>US state or territory HI (postal code)</extracomment>
            <translation>하와이</translation>
        </message>
        <message>
            <source>Idaho</source>
            <extracomment>US state or territory ID (postal code)</extracomment>
            <translation>아이다호</translation>
        </message>
        <message>
            <source>Illinois</source>
            <extracomment>US state or territory IL (postal code)</extracomment>
            <translation>일리노이</translation>
        </message>
        <message>
            <source>Indiana</source>
            <extracomment>US state or territory IN (postal code)</extracomment>
            <translation>인디애나</translation>
        </message>
        <message>
            <source>Iowa</source>
            <extracomment>US state or territory IA (postal code)</extracomment>
            <translation>아이오와</translation>
        </message>
        <message>
            <source>Kansas</source>
            <extracomment>US state or territory KS (postal code)</extracomment>
            <translation>캔자스</translation>
        </message>
        <message>
            <source>Kentucky</source>
            <extracomment>US state or territory KY (postal code)</extracomment>
            <translation>켄터키</translation>
        </message>
        <message>
            <source>Louisiana</source>
            <extracomment>US state or territory LA (postal code)</extracomment>
            <translation>루이지애나</translation>
        </message>
        <message>
            <source>Maine</source>
            <extracomment>US state or territory ME (postal code)</extracomment>
            <translation>메인</translation>
        </message>
        <message>
            <source>Maryland</source>
            <extracomment>US state or territory MD (postal code)</extracomment>
            <translation>메릴랜드</translation>
        </message>
        <message>
            <source>Massachusetts</source>
            <extracomment>US state or territory MA (postal code)</extracomment>
            <translation>매사추세츠</translation>
        </message>
        <message>
            <source>Michigan</source>
            <extracomment>US state or territory MI (postal code)</extracomment>
            <translation>미시간</translation>
        </message>
        <message>
            <source>Minnesota</source>
            <extracomment>US state or territory MN (postal code)</extracomment>
            <translation>미네소타</translation>
        </message>
        <message>
            <source>Mississippi</source>
            <extracomment>US state or territory MS (postal code)</extracomment>
            <translation>미시시피</translation>
        </message>
        <message>
            <source>Missouri</source>
            <extracomment>US state or territory MO (postal code)</extracomment>
            <translation>미주리</translation>
        </message>
        <message>
            <source>Montana</source>
            <extracomment>US state or territory MT (postal code)</extracomment>
            <translation>몬태나</translation>
        </message>
        <message>
            <source>Nebraska</source>
            <extracomment>US state or territory NE (postal code)</extracomment>
            <translation>네브래스카</translation>
        </message>
        <message>
            <source>Nevada</source>
            <extracomment>US state or territory NV (postal code)</extracomment>
            <translation>네바다</translation>
        </message>
        <message>
            <source>New Hampshire</source>
            <extracomment>US state or territory NH (postal code)</extracomment>
            <translation>뉴햄프셔</translation>
        </message>
        <message>
            <source>New Jersey</source>
            <extracomment>US state or territory NJ (postal code)</extracomment>
            <translation>뉴저지</translation>
        </message>
        <message>
            <source>New Mexico</source>
            <extracomment>US state or territory NM (postal code)</extracomment>
            <translation>뉴멕시코</translation>
        </message>
        <message>
            <source>New York</source>
            <extracomment>US state or territory NY (postal code)</extracomment>
            <translation>뉴욕</translation>
        </message>
        <message>
            <source>North Carolina</source>
            <extracomment>US state or territory NC (postal code)</extracomment>
            <translation>노스캐롤라이나</translation>
        </message>
        <message>
            <source>North Dakota</source>
            <extracomment>US state or territory ND (postal code)</extracomment>
            <translation>노스다코타</translation>
        </message>
        <message>
            <source>Ohio</source>
            <extracomment>US state or territory OH (postal code)</extracomment>
            <translation>오하이오</translation>
        </message>
        <message>
            <source>Oklahoma</source>
            <extracomment>US state or territory OK (postal code)</extracomment>
            <translation>오클라호마</translation>
        </message>
        <message>
            <source>Oregon</source>
            <extracomment>US state or territory OR (postal code)</extracomment>
            <translation>오리건</translation>
        </message>
        <message>
            <source>Pennsylvania</source>
            <extracomment>US state or territory PA (postal code)</extracomment>
            <translation>펜실베이니아</translation>
        </message>
        <message>
            <source>Rhode Island</source>
            <extracomment>US state or territory RI (postal code)</extracomment>
            <translation>로드아일랜드</translation>
        </message>
        <message>
            <source>South Carolina</source>
            <extracomment>US state or territory SC (postal code)</extracomment>
            <translation>사우스캐롤라이나</translation>
        </message>
        <message>
            <source>South Dakota</source>
            <extracomment>US state or territory SD (postal code)</extracomment>
            <translation>사우스다코타</translation>
        </message>
        <message>
            <source>Tennessee</source>
            <extracomment>US state or territory TN (postal code)</extracomment>
            <translation>테네시</translation>
        </message>
        <message>
            <source>Texas</source>
            <extracomment>US state or territory TX (postal code)</extracomment>
            <translation>텍사스</translation>
        </message>
        <message>
            <source>Utah</source>
            <extracomment>US state or territory UT (postal code)</extracomment>
            <translation>유타</translation>
        </message>
        <message>
            <source>Vermont</source>
            <extracomment>US state or territory VT (postal code)</extracomment>
            <translation>버몬트</translation>
        </message>
        <message>
            <source>Virginia</source>
            <extracomment>US state or territory VA (postal code)</extracomment>
            <translation>버지니아</translation>
        </message>
        <message>
            <source>Washington</source>
            <extracomment>US state or territory WA (postal code)</extracomment>
            <translation>워싱턴</translation>
        </message>
        <message>
            <source>West Virginia</source>
            <extracomment>US state or territory WV (postal code)</extracomment>
            <translation>웨스트버지니아</translation>
        </message>
        <message>
            <source>Wisconsin</source>
            <extracomment>US state or territory WI (postal code)</extracomment>
            <translation>위스콘신</translation>
        </message>
        <message>
            <source>Wyoming</source>
            <extracomment>US state or territory WY (postal code)</extracomment>
            <translation>와이오밍</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>US state or territory AS (postal code)</extracomment>
            <translation>아메리칸사모아</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>US state or territory GU (postal code)</extracomment>
            <translation>괌</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>US state or territory MP (postal code)</extracomment>
            <translation>북마리아나 제도</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>US state or territory PR (postal code)</extracomment>
            <translation>푸에르토리코</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <extracomment>US state or territory VI (postal code)</extracomment>
            <translation>미국령 버진아일랜드</translation>
        </message>
        <message>
            <source>U.S. Minor Outlying Islands</source>
            <extracomment>US state or territory UM (postal code)</extracomment>
            <translation>미국령 군소 제도</translation>
        </message>
        <message>
            <source>Federated States of Micronesia</source>
            <extracomment>US state or territory FM (postal code)</extracomment>
            <translation>미크로네시아 연방</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>US state or territory MH (postal code)</extracomment>
            <translation>마셜 제도</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>US state or territory PW (postal code)</extracomment>
            <translation>팔라우</translation>
        </message>
        <message>
            <source>Armed Forces Americas (AA)</source>
            <extracomment>US state or territory AA (postal code)</extracomment>
            <translation>미군: 아메리카 (AA)</translation>
        </message>
        <message>
            <source>Armed Forces Europe, Middle East, Africa, Canada (AE)</source>
            <extracomment>US state or territory AE (postal code)</extracomment>
            <translation>미군: 유럽, 중동, 아프리카, 캐나다 (AE)</translation>
        </message>
        <message>
            <source>Armed Forces Pacific (AP)</source>
            <extracomment>US state or territory AP (postal code)</extracomment>
            <translation>미군: 태평양 (AP)</translation>
        </message>
    </context>
</TS>
