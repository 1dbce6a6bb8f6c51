<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
    <context>
        <name>Accessibility</name>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>ActionsTakenPage</name>
        <message>
            <source>Add the dates of your contacts with USCIS to see how this applies.</source>
            <translation>请加上您联系 USCIS 的日期，看看这一条怎样适用。</translation>
        </message>
        <message>
            <source>Your most recent contact: %1 (%2 days ago).</source>
            <translation>您最近一次联系：%1（%2 天前）。</translation>
        </message>
        <message>
            <source>That is more than 90 days ago. Contact USCIS again first if you can; you may still send the form.</source>
            <translation>那是 90 多天以前了。如果可以，请先再联系一次 USCIS；您仍然可以发送表格。</translation>
        </message>
        <message>
            <source>USCIS has had it for less than 60 days. The Ombudsman usually expects you to wait until %1; you may still send the form, especially in an emergency.</source>
            <translation>USCIS 处理这件事还不到 60 天。监察专员通常希望您等到 %1；您仍然可以发送表格，特别是在紧急情况下。</translation>
        </message>
        <message>
            <source>These are not hard rules: nothing here stops you from going on.</source>
            <translation>这些不是硬性规定：这里没有什么会阻止您继续。</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <source>Wait for the answer.</source>
            <translation>等待答复。</translation>
        </message>
        <message>
            <source>Wait for the answer; ask again if none by %1.</source>
            <translation>等待答复；如果到 %1 还没有答复，请再次询问。</translation>
        </message>
        <message>
            <source>Go on with “%1”.</source>
            <translation>继续填写“%1”。</translation>
        </message>
        <message>
            <source>Send the package, then mark it as sent.</source>
            <translation>发送材料包，然后标记为已发送。</translation>
        </message>
        <message>
            <source>Check the PDF and make the package.</source>
            <translation>检查 PDF 并制作材料包。</translation>
        </message>
    </context>
    <context>
        <name>CasePdfRenderer</name>
        <message>
            <source>“%1” is protected by a password. On the Documents step, remove it and add it again: the app then asks for its password.</source>
            <translation>“%1”受密码保护。请在“文件”步骤中删除它再重新添加：应用会在添加时询问密码。</translation>
        </message>
    </context>
    <context>
        <name>CaseSession</name>
        <message>
            <source>Could not save just now. Your answers are still here; try again.</source>
            <translation>刚才没能保存。您的答案还在这里；请再试一次。</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>更改密码短语</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>当前密码短语(&amp;C)</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>当前密码短语</translation>
        </message>
        <message>
            <source>&amp;New passphrase (five or more words)</source>
            <translation>新密码短语（五个或更多单词）(&amp;N)</translation>
        </message>
        <message>
            <source>That is not the current passphrase. Try again.</source>
            <translation>这不是当前的密码短语。请再试一次。</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>(choose one)</source>
            <translation>（请选择）</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>/s/ (type your name above)</source>
            <translation>/s/（在上面输入您的姓名）</translation>
        </message>
        <message>
            <source>Privacy Act notice</source>
            <translation>《隐私法》（Privacy Act）声明</translation>
        </message>
        <message>
            <source>Why we ask: the CIS Ombudsman (6 U.S.C. 272) uses this information to look into your problem with USCIS. What happens with it: the Ombudsman shares it with USCIS, and with others only as the law and the published system-of-records notice allow. Giving it is voluntary, but without it and your consent the Ombudsman may not be able to help you.</source>
            <translation>为什么要问：CIS 监察专员（6 U.S.C. 272）用这些信息来调查您与 USCIS 的问题。信息怎样使用：监察专员会与 USCIS 共享，只有在法律和已公布的记录系统声明允许时才与其他人共享。提供信息是自愿的，但如果没有这些信息和您的同意，监察专员可能无法帮助您。</translation>
        </message>
        <message>
            <source>Because this case involves T, U, VAWA, asylee or refugee status, the law protects your information specially. The Ombudsman needs a signature in ink: print the form, sign it by hand, and scan or photograph it. A drawn or typed signature cannot be used.</source>
            <translation>由于这个案件涉及 T、U、VAWA、庇护或难民身份，法律对您的信息有特别保护。监察专员需要用笔签的名：打印表格，亲手签名，然后扫描或拍照。画出或输入的签名不能使用。</translation>
        </message>
        <message>
            <source>Print and sign: the finished form is printed with an empty signature line. Sign it in ink, then scan or photograph the signed page and add it as a document, or send the paper.</source>
            <translation>打印并签名：填好的表格打印出来时签名栏是空的。请用笔签名，然后扫描或拍下签好的那一页，作为文件添加进来，或者寄出纸质文件。</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>清除签名(&amp;L)</translation>
        </message>
        <message>
            <source>Erases the drawn signature so you can sign again.</source>
            <translation>擦掉画出的签名，以便重新签。</translation>
        </message>
        <message>
            <source>Typed signature</source>
            <translation>输入的签名</translation>
        </message>
    </context>
    <context>
        <name>DestinationsView</name>
        <message>
            <source>Check before sending: the Ombudsman's office changed how it operates in 2025, so these contact details may be out of date. Confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>发送前请核对：监察专员办公室在 2025 年改变了工作方式，所以这些联系方式可能已经过时。下次能上网时，请在 www.dhs.gov/cisombudsman 确认。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>电话（免费）</translation>
        </message>
        <message>
            <source>(last checked {date})</source>
            <translation>（最后核对：{date}）</translation>
        </message>
        <message>
            <source>Older brochures say: {value}</source>
            <translation>以前的宣传册写的是：{value}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>来源：{source}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Choose copies of your documents</source>
            <translation>选择您文件的副本</translation>
        </message>
        <message>
            <source>Documents (%1);;All files (*)</source>
            <translation>文件 (%1);;所有文件 (*)</translation>
        </message>
        <message>
            <source>The notice's values are on the applications step.</source>
            <translation>通知上的信息已填到“申请”步骤。</translation>
        </message>
        <message>
            <source>Adding %1 (encrypted)…</source>
            <translation>正在添加 %1（已加密）…</translation>
        </message>
        <message>
            <source>“%1” was not added.</source>
            <translation>未添加“%1”。</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>这个文件没能添加。没有任何改动；请换一个试试。</translation>
        </message>
        <message>
            <source>Added. It is kept encrypted with this case.</source>
            <translation>已添加。它和这个案件一起加密保存。</translation>
        </message>
        <message>
            <source>Remove this document?</source>
            <translation>移除这份文件？</translation>
        </message>
        <message>
            <source>“%1” will be taken out of this case and its encrypted copy deleted. Your own file is not touched: you can add it again later.</source>
            <translation>“%1”将从此案件中移除，其加密副本会被删除。您自己的文件不受影响：以后可以再添加。</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n 页</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this document</source>
            <translation>移除这个文件</translation>
        </message>
        <message>
            <source>Remove document %1</source>
            <translation>移除文件 %1</translation>
        </message>
        <message>
            <source>Deletes the encrypted copy from this case. Your own file is not touched.</source>
            <translation>从这个案件中删除加密的副本。您自己的文件不会被动到。</translation>
        </message>
        <message>
            <source>The Ombudsman does not return papers. Add copies of USCIS notices and of what you sent USCIS; your own files are not changed.</source>
            <translation>监察专员不退还纸质材料。请添加 USCIS 通知以及您寄给 USCIS 的材料的副本；您自己的文件不会被更改。</translation>
        </message>
        <message>
            <source>&amp;Add documents…</source>
            <translation>添加文件(&amp;A)…</translation>
        </message>
        <message>
            <source>Opens a window to choose PDF files or photos of your documents.</source>
            <translation>打开一个窗口，选择 PDF 文件或文件的照片。</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>读取 USCIS 通知…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a notice USCIS sent you, for the applications step, and can keep the notice here as a document received from USCIS.</source>
            <translation>从 USCIS 寄给您的通知的照片、扫描件或 PDF 中读取收据号码、接收日期和表格编号，填入“申请”步骤，并可将该通知作为“收到的 USCIS 文件”保存在这里。</translation>
        </message>
        <message>
            <source>Or drag files from your folders onto this page.</source>
            <translation>也可以从文件夹中把文件拖到这一页上。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel adding the document</source>
            <translation>取消添加文件</translation>
        </message>
        <message>
            <source>Adding the document</source>
            <translation>正在添加文件</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>The form still has problems (listed above). Fix them, then try again.</source>
            <translation>表格还有问题（列在上面）。请改正后再试。</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>完成。</translation>
        </message>
        <message>
            <source>The package is ready: {path}</source>
            <translation>文件包已准备好：{path}</translation>
        </message>
        <message>
            <source>Follow README.txt in it, step by step.</source>
            <translation>请按照里面的 README.txt 一步一步做。</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>已取消。没有保存任何内容。</translation>
        </message>
        <message>
            <source>Where to save the package</source>
            <translation>文件包保存在哪里</translation>
        </message>
        <message>
            <source>No program on this computer could open the folder. Open it yourself in your file manager: %1</source>
            <translation>这台电脑上没有程序能打开该文件夹。请在文件管理器中自己打开：%1</translation>
        </message>
        <message>
            <source>No mail program is set up on this computer. Write the email in your webmail or on another computer, with the files from: %1</source>
            <translation>这台电脑没有设置邮件程序。请在网页邮箱或另一台电脑上写这封邮件，附上此处的文件：%1</translation>
        </message>
        <message>
            <source>Make the package to send your request. Everything stays on this computer: you carry the package to a computer that is online, or print it.</source>
            <translation>制作文件包来发送您的请求。所有内容都留在这台电脑上：您可以把文件包带到能上网的电脑上，或者打印出来。</translation>
        </message>
        <message>
            <source>Where it goes</source>
            <translation>发往哪里</translation>
        </message>
        <message>
            <source>Where it goes: the Ombudsman's addresses</source>
            <translation>寄往何处：监察专员办公室的地址</translation>
        </message>
        <message>
            <source>Shows or hides the email address, fax number and mail address.</source>
            <translation>显示或隐藏电子邮件地址、传真号码和邮寄地址。</translation>
        </message>
        <message>
            <source>How will you send it?</source>
            <translation>您要怎样发送？</translation>
        </message>
        <message>
            <source>&amp;Email (recommended): a message ready to send, with the files</source>
            <translation>电子邮件(&amp;E)（推荐）：一封可以直接发送的邮件，带有文件</translation>
        </message>
        <message>
            <source>&amp;Fax: one PDF to fax, with a cover sheet</source>
            <translation>传真(&amp;F)：一个用于传真的 PDF，带封面页</translation>
        </message>
        <message>
            <source>&amp;Mail: pages to print and post (can take up to 14 days longer)</source>
            <translation>邮寄(&amp;M)：打印后寄出的页面（可能多花最多 14 天）</translation>
        </message>
        <message>
            <source>As one &amp;zip file</source>
            <translation>打包成一个 zip 文件(&amp;Z)</translation>
        </message>
        <message>
            <source>One file instead of a folder</source>
            <translation>一个文件，而不是一个文件夹</translation>
        </message>
        <message>
            <source>Also as a &amp;TIFF file for fax services</source>
            <translation>另外生成供传真服务使用的 TIFF 文件(&amp;T)</translation>
        </message>
        <message>
            <source>Some fax services and fax modems want TIFF instead of PDF</source>
            <translation>有些传真服务和传真调制解调器需要 TIFF 而不是 PDF</translation>
        </message>
        <message>
            <source>Largest email: </source>
            <translation>最大邮件：</translation>
        </message>
        <message>
            <source>Largest email size in megabytes</source>
            <translation>电子邮件最大大小（兆字节）</translation>
        </message>
        <message>
            <source>Folder to save the package in</source>
            <translation>保存文件包的文件夹</translation>
        </message>
        <message>
            <source>Bigger documents are split over several emails of at most this size.</source>
            <translation>较大的文件会分成几封邮件发送，每封不超过这个大小。</translation>
        </message>
        <message>
            <source>Type a folder, or use Choose folder to pick one.</source>
            <translation>输入一个文件夹，或用“选择文件夹”来选。</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>保存到：</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>选择文件夹(&amp;H)…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>选择文件夹</translation>
        </message>
        <message>
            <source>The package is the only thing Ombud Desktop saves without encryption: anyone with this computer or USB stick can read it. Delete it once it is sent.</source>
            <translation>文件包是 Ombud Desktop 唯一不加密保存的东西：任何拿到这台电脑或这个 U 盘的人都能读取。发送后请删除。</translation>
        </message>
        <message>
            <source>Make the &amp;package</source>
            <translation>制作文件包(&amp;P)</translation>
        </message>
        <message>
            <source>Start the export</source>
            <translation>开始导出</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>Stop; nothing is saved</source>
            <translation>停止；不保存任何内容</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>打开文件夹(&amp;O)</translation>
        </message>
        <message>
            <source>Show the package</source>
            <translation>显示文件包</translation>
        </message>
        <message>
            <source>Open my &amp;mail program</source>
            <translation>打开我的邮件程序(&amp;M)</translation>
        </message>
        <message>
            <source>Starts a new message; attach the files from the folder</source>
            <translation>新建一封邮件；请从文件夹中附上文件</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>打印(&amp;R)…</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>打印邮寄用的文件包</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>The Ombudsman reads English. If you can, write this answer in English or ask someone to help you. An answer in your own language is still better than no answer.</source>
            <translation>监察专员阅读的是英文。如果可以，请用英文写这个回答，或请人帮忙。用您自己的语言回答，也总比不回答好。</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1（必填）</translation>
        </message>
        <message>
            <source>%1 (worth answering)</source>
            <translation>%1（最好回答）</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>例如 %1</translation>
        </message>
    </context>
    <context>
        <name>FilingBox</name>
        <message>
            <source>Remove %1 %2</source>
            <translation>移除 %1 %2</translation>
        </message>
        <message>
            <source>Takes this row out of the list. The other rows keep their answers.</source>
            <translation>从列表中删除这一行。其他行的答案不变。</translation>
        </message>
    </context>
    <context>
        <name>FilingsPage</name>
        <message>
            <source>%1 %2 was removed (%3).</source>
            <translation>已移除：%1 %2（%3）。</translation>
        </message>
        <message>
            <source>no receipt number</source>
            <translation>没有收据号码</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>Puts the removed application back, with its answers.</source>
            <translation>把移除的申请放回去，连同它的回答。</translation>
        </message>
        <message>
            <source>&amp;Add another application or petition</source>
            <translation>再添加一份申请或请愿书(&amp;A)</translation>
        </message>
        <message>
            <source>Adds an empty row for one more form you filed with USCIS.</source>
            <translation>为您向 USCIS 递交的另一份表格添加一个空行。</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>读取 USCIS 通知…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a USCIS notice, on this computer. You check them before they are used.</source>
            <translation>在本机上从 USCIS 通知的照片、扫描件或 PDF 中读取收据号码、接收日期和表格编号。使用前由您核对。</translation>
        </message>
        <message>
            <source>Tip: you can paste several receipt numbers into one box at once; each gets its own row. Spaces and dashes are removed for you.</source>
            <translation>提示：您可以一次把几个收据号码粘贴到一个框里；每个号码会有自己的一行。空格和横线会自动去掉。</translation>
        </message>
    </context>
    <context>
        <name>FinishPanel</name>
        <message>
            <source>What happens next</source>
            <translation>接下来会怎样</translation>
        </message>
        <message>
            <source>1. Send it: open your mail program (or webmail), attach the files from the package folder and send the message to the address in README.txt.</source>
            <translation>1. 发送：打开邮件程序（或网页邮箱），附上材料包文件夹里的文件，把邮件发到 README.txt 中写的地址。</translation>
        </message>
        <message>
            <source>1. Send it: fax the PDF in the package folder to the number in README.txt, and keep the fax confirmation page.</source>
            <translation>1. 发送：把材料包文件夹里的 PDF 传真到 README.txt 中写的号码，并保留传真确认页。</translation>
        </message>
        <message>
            <source>1. Send it: print the mail packet, sign where it says so, and post it to the address in README.txt. Mail to the government can take up to 14 days longer.</source>
            <translation>1. 发送：打印邮寄材料，在指定处签名，然后寄到 README.txt 中写的地址。寄给政府的邮件可能会多花最多 14 天。</translation>
        </message>
        <message>
            <source>2. Record it: once it is sent, fill in “After sending” below and press “Mark as sent”. The case list then shows it as sent, with the date.</source>
            <translation>2. 记录：发送后，填写下面的“发送之后”并点击“标记为已发送”。案件列表随后会显示它已发送及日期。</translation>
        </message>
        <message>
            <source>3. Wait for an answer: no time is promised. Save the reminders below: they remind you after 30 and after 90 days. Keep answering any letter from USCIS meanwhile.</source>
            <translation>3. 等待答复：没有承诺的时间。请保存下面的提醒：它们会在 30 天和 90 天后提醒您。在此期间，继续回复 USCIS 的任何信件。</translation>
        </message>
        <message>
            <source>4. If nothing comes: after 30 days, write or call the Ombudsman's office (addresses under “Where it goes”) with the receipt number and the date you sent it. Do not send the same request twice.</source>
            <translation>4. 如果没有消息：30 天后，写信或打电话给监察专员办公室（地址见“寄往何处”），告知收据号码和您的发送日期。不要重复发送同一份请求。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>The computer's password store did not keep the key: its window was closed or it said no. Nothing was set up. Choose a passphrase below instead, or choose the password store again to retry.</source>
            <translation>电脑的密码存储没有保存密钥：它的窗口被关闭了，或者它拒绝了。什么都没有设置。请在下面选择一个密码短语，或者再次选择密码存储重试。</translation>
        </message>
        <message>
            <source>Welcome to Ombud Desktop</source>
            <translation>欢迎使用 Ombud Desktop</translation>
        </message>
        <message>
            <source>Your cases will be kept encrypted on this computer. Choose how to lock them.</source>
            <translation>您的案件会在这台电脑上加密保存。请选择锁定的方式。</translation>
        </message>
        <message>
            <source>With a passphrase I type each time (best on a shared computer)</source>
            <translation>用每次都输入的密码短语（在多人共用的电脑上最好）</translation>
        </message>
        <message>
            <source>Nobody can open the cases without the passphrase.</source>
            <translation>没有密码短语，谁也打不开这些案件。</translation>
        </message>
        <message>
            <source>With this computer's password store (keyring)</source>
            <translation>用这台电脑的密码存储（钥匙环）</translation>
        </message>
        <message>
            <source>Anyone who can log in to this computer account can open the cases.</source>
            <translation>能登录这个电脑账户的人都能打开这些案件。</translation>
        </message>
        <message>
            <source>If you choose it, the computer may ask for its own password (often the one you log in with) to open its password store.</source>
            <translation>如果选择它，电脑可能会要求输入它自己的密码（通常是您登录时用的密码）来打开密码存储。</translation>
        </message>
        <message>
            <source>No secure password store was found on this computer.</source>
            <translation>这台电脑上没有找到安全的密码存储。</translation>
        </message>
        <message>
            <source>Looking for this computer's password store…</source>
            <translation>正在查找这台电脑的密码存储…</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the passphrase is lost)</source>
            <translation>生成一个可打印的恢复密钥（以防忘记密码短语）</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the password store is lost)</source>
            <translation>生成一个可打印的恢复密钥（以防密码存储丢失）</translation>
        </message>
        <message>
            <source>A long code shown once. Print it or write it down and keep it safe.</source>
            <translation>一串很长的代码，只显示一次。请打印或写下来，妥善保存。</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>创建(&amp;C)</translation>
        </message>
        <message>
            <source>Sets up the encrypted storage.</source>
            <translation>设置加密存储。</translation>
        </message>
    </context>
    <context>
        <name>HandoffPassphraseDialog</name>
        <message>
            <source>Protect the hand-off file</source>
            <translation>保护交接文件</translation>
        </message>
        <message>
            <source>Open the hand-off file</source>
            <translation>打开交接文件</translation>
        </message>
        <message>
            <source>Choose a passphrase for this file, and tell it to the receiver in person or by phone, never with the file. This one was made for you:</source>
            <translation>请为此文件选择一个密码短语，并当面或通过电话告诉接收者，切勿与文件一起发送。这是为您生成的一个：</translation>
        </message>
        <message>
            <source>The passphrase of this file:</source>
            <translation>此文件的密码短语：</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>建议的密码短语</translation>
        </message>
        <message>
            <source>Use this passphrase</source>
            <translation>使用此密码短语</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>密码短语</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>再次输入密码短语</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>请输入密码短语。</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>两次输入的密码短语不一致。请输入相同的内容两次。</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>（还没有名字）</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 通过 %2</translation>
        </message>
        <message>
            <source>due for deletion</source>
            <translation>应删除</translation>
        </message>
        <message>
            <source>Not edited for a long time: delete it when you no longer need it.</source>
            <translation>很久没有编辑了：不再需要时请删除。</translation>
        </message>
        <message>
            <source>No cases yet: start with “New case”.</source>
            <translation>还没有案件：请从“新建案件”开始。</translation>
        </message>
        <message>
            <source>Choose a case and press Enter to open it, or start a new one.</source>
            <translation>选择一个案件并按回车键打开，或新建一个。</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>删除这个案件？</translation>
        </message>
        <message>
            <source>“%1” and all its documents will be destroyed for good. This cannot be undone.</source>
            <translation>“%1”及其所有文件将被永久销毁。此操作无法撤销。</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>案件已删除。</translation>
        </message>
        <message>
            <source>Save the hand-off file</source>
            <translation>保存交接文件</translation>
        </message>
        <message>
            <source>Hand-off files (*.ombud-handoff)</source>
            <translation>交接文件 (*.ombud-handoff)</translation>
        </message>
        <message>
            <source>Saved. The file is encrypted with the passphrase you chose.</source>
            <translation>已保存。文件已用您选择的密码短语加密。</translation>
        </message>
        <message>
            <source>Open a hand-off file</source>
            <translation>打开交接文件</translation>
        </message>
        <message>
            <source>Saving the hand-off file</source>
            <translation>正在保存交接文件</translation>
        </message>
        <message>
            <source>Package made</source>
            <translation>材料包已制作</translation>
        </message>
        <message>
            <source>Case %1 cannot be opened: select it to see why.</source>
            <translation>无法打开案件 %1：选中它以查看原因。</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>已损坏</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%2 步中已完成 %1 步</translation>
        </message>
        <message>
            <source>Use the older copy of this case?</source>
            <translation>使用此案件的旧副本？</translation>
        </message>
        <message>
            <source>The copy of case %1 in the data folder is older than the last version Ombud Desktop saved, and no newer copy is left. Use it only if you put it back yourself from a backup: what was changed after that copy was made (answers, documents, the date it was sent) is not in it.</source>
            <translation>数据文件夹中案件 %1 的副本比 Ombud Desktop 最后保存的版本旧，且已没有更新的副本。只有当是您自己从备份中放回它时才使用它：该副本制作之后所做的更改（回答、文件、寄出日期）都不在其中。</translation>
        </message>
        <message>
            <source>Use this older copy</source>
            <translation>使用这个旧副本</translation>
        </message>
        <message>
            <source>Encrypting the case and its documents…</source>
            <translation>正在加密案件及其文件…</translation>
        </message>
        <message>
            <source>Receiving a hand-off file</source>
            <translation>正在接收交接文件</translation>
        </message>
        <message>
            <source>Checking and adding the case…</source>
            <translation>正在检查并添加案件…</translation>
        </message>
        <message>
            <source>The case was added to your list.</source>
            <translation>案件已添加到您的列表中。</translation>
        </message>
        <message>
            <source>Your cases</source>
            <translation>您的案件</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>表格</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Next thing to do</source>
            <translation>下一步要做的事</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>最后编辑</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a case and Enter to open it.</source>
            <translation>用方向键选择案件，按回车键打开。</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>新建案件(&amp;N)</translation>
        </message>
        <message>
            <source>Starts an empty case.</source>
            <translation>开始一个空白案件。</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>Opens the chosen case where you left off.</source>
            <translation>从上次停下的地方打开所选案件。</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <source>Destroys the chosen case and its documents, after asking.</source>
            <translation>询问确认后，销毁所选案件及其文件。</translation>
        </message>
        <message>
            <source>&amp;Hand off…</source>
            <translation>交接(&amp;H)…</translation>
        </message>
        <message>
            <source>Saves the chosen case to an encrypted file for another volunteer.</source>
            <translation>把所选案件保存到一个加密文件中，交给另一位志愿者。</translation>
        </message>
        <message>
            <source>&amp;Receive a hand-off…</source>
            <translation>接收交接(&amp;R)…</translation>
        </message>
        <message>
            <source>Adds a case from a hand-off file.</source>
            <translation>从交接文件中添加一个案件。</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>Language, automatic lock and more.</source>
            <translation>语言、自动锁定等。</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Choose the language for the app. Each language is named in itself.</source>
            <translation>选择本软件使用的语言。每种语言都用它自己的文字显示。</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>mm/dd/yyyy</source>
            <translation>月/日/年</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Your last changes are not saved</source>
            <translation>您最近的更改没有保存</translation>
        </message>
        <message>
            <source>Ombud Desktop could not save your last changes (see the message at the bottom of the window). If you close now, they are lost. Close anyway?</source>
            <translation>Ombud Desktop 没能保存您最近的更改（见窗口底部的消息）。如果现在关闭，这些更改会丢失。仍然关闭吗？</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>快速退出</translation>
        </message>
        <message>
            <source>Hides everything at once. Shortcut: %1</source>
            <translation>立即隐藏所有内容。快捷键：%1</translation>
        </message>
        <message>
            <source>Locks the app at once and hides every case. Shortcut: Ctrl+Shift+Q.</source>
            <translation>立即锁定程序并隐藏所有案件。快捷键：Ctrl+Shift+Q。</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseBox</name>
        <message>
            <source>Suggested passphrase: %1 — write it down before going on.</source>
            <translation>建议的密码短语：%1 — 继续之前请把它写下来。</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type them again.</source>
            <translation>两次输入的密码短语不一样。请重新输入。</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>密码短语</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: %1</source>
            <translation>这个密码短语太容易被猜到：%1</translation>
        </message>
        <message>
            <source>Use five or more words that do not belong together, or press “Suggest a passphrase”.</source>
            <translation>请使用五个或更多互不相关的单词，或者点击“推荐一个密码短语”。</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>强度足够。</translation>
        </message>
        <message>
            <source>&amp;Passphrase (five or more words)</source>
            <translation>密码短语（五个或更多单词）(&amp;P)</translation>
        </message>
        <message>
            <source>Five or more words that do not belong together. Write it down.</source>
            <translation>五个或更多互不相关的单词。请把它写下来。</translation>
        </message>
        <message>
            <source>&amp;Repeat the passphrase</source>
            <translation>再输入一次密码短语(&amp;R)</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>再输入一次密码短语</translation>
        </message>
        <message>
            <source>The same passphrase again, to catch typos.</source>
            <translation>再输入一遍同样的密码短语，以发现打错的地方。</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>推荐一个密码短语</translation>
        </message>
        <message>
            <source>Makes up a strong passphrase and shows it, to write down.</source>
            <translation>生成一个强密码短语并显示出来，供您写下。</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>建议的密码短语</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Something unexpected went wrong while reading the notice ({kind}). Nothing was changed; type the values from the notice instead.</source>
            <translation>读取通知时出现意外错误（{kind}）。没有做任何更改；请照着通知自己输入这些信息。</translation>
        </message>
        <message>
            <source>Check on the notice: %1</source>
            <translation>请对照通知核对：%1</translation>
        </message>
        <message>
            <source>The reader is not sure of this value: compare it with the notice.</source>
            <translation>读取程序对此项没有把握：请与通知核对。</translation>
        </message>
        <message>
            <source>Receipt notice</source>
            <translation>收据通知</translation>
        </message>
        <message>
            <source>Transfer notice</source>
            <translation>转移通知</translation>
        </message>
        <message>
            <source>Biometrics appointment</source>
            <translation>生物信息采集预约</translation>
        </message>
        <message>
            <source>Request for evidence</source>
            <translation>补充证据要求</translation>
        </message>
        <message>
            <source>Approval notice</source>
            <translation>批准通知</translation>
        </message>
        <message>
            <source>Read a USCIS notice</source>
            <translation>读取 USCIS 通知</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>收据号码</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>接收日期</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>通知日期</translation>
        </message>
        <message>
            <source>Form number (case type)</source>
            <translation>表格编号（案件类型）</translation>
        </message>
        <message>
            <source>Notice type</source>
            <translation>通知类型</translation>
        </message>
        <message>
            <source>Priority date</source>
            <translation>优先日期</translation>
        </message>
        <message>
            <source>A-Number</source>
            <translation>A 号码</translation>
        </message>
        <message>
            <source>Reading %1 on this computer…</source>
            <translation>正在本机上读取 %1…</translation>
        </message>
        <message>
            <source>No values were found in this picture. Try a sharper photo of the whole page in good light, or type the values from the notice.</source>
            <translation>这张图片中没有找到任何信息。请在光线充足处重新拍一张整页的清晰照片，或照着通知自己输入。</translation>
        </message>
        <message>
            <source>Check each value against the notice and correct it if needed. Nothing is filled in until you choose “Use these”.</source>
            <translation>请将每一项与通知核对，必要时更正。在您点击“使用这些”之前不会填入任何内容。</translation>
        </message>
        <message>
            <source>Characters in red may be misread. The highlighted areas show where each value was read.</source>
            <translation>红色字符可能读错了。高亮区域显示每一项是从哪里读取的。</translation>
        </message>
        <message>
            <source>“Use these” fills in the form number, receipt number and received date of an application. The other values are shown for you to compare.</source>
            <translation>“使用这些”会填入一份申请的表格编号、收据号码和接收日期。其他信息仅供您核对。</translation>
        </message>
        <message>
            <source>Keep the notice with this case as a document (encrypted)</source>
            <translation>将此通知作为文件与本案件一起保存（加密）</translation>
        </message>
        <message>
            <source>Use these</source>
            <translation>使用这些</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose a photo, scan or PDF of the notice</source>
            <translation>选择通知的照片、扫描件或 PDF</translation>
        </message>
        <message>
            <source>Pictures and PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>图片和 PDF (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>OrgHeader</name>
        <message>
            <source>Logo of %1</source>
            <translation>%1 的标志</translation>
        </message>
        <message>
            <source>Organization logo</source>
            <translation>机构标志</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>在哪里获得帮助</translation>
        </message>
        <message>
            <source>Some organization settings could not be used: the app works with its standard settings for them.</source>
            <translation>部分机构设置无法使用：本应用对这些设置使用标准设置继续运行。</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>详细信息…</translation>
        </message>
        <message>
            <source>Hide this note</source>
            <translation>隐藏此提示</translation>
        </message>
        <message>
            <source>Shows what is wrong in the organization settings and how to fix it.</source>
            <translation>显示机构设置中的错误以及修正方法。</translation>
        </message>
        <message>
            <source>Hides this note until the app is started again.</source>
            <translation>在下次启动应用之前隐藏此提示。</translation>
        </message>
        <message>
            <source>Some organization settings could not be used, so the app uses its standard settings for them:</source>
            <translation>部分机构设置无法使用，因此本应用对这些设置使用标准设置：</translation>
        </message>
        <message>
            <source>You can keep working. Tell whoever set up this app: they can fix the file %1 and check it with “ombud-desktop org-config”.</source>
            <translation>您可以继续使用。请告诉安装本应用的人：他们可以修改文件 %1，并用“ombud-desktop org-config”检查。</translation>
        </message>
        <message>
            <source>Organization settings</source>
            <translation>机构设置</translation>
        </message>
    </context>
    <context>
        <name>PdfPasswordBox</name>
        <message>
            <source>That password does not open “%1”. Try again, or skip this file.</source>
            <translation>该密码无法打开“%1”。请重试，或跳过此文件。</translation>
        </message>
        <message>
            <source>“%1” is protected by a password. Type its password to add it: the app keeps a copy without the password, encrypted with this case.</source>
            <translation>“%1”受密码保护。输入其密码即可添加：应用会保存一份不带密码的副本，并与本案件一起加密。</translation>
        </message>
        <message>
            <source>Password of the PDF</source>
            <translation>PDF 密码</translation>
        </message>
        <message>
            <source>What you type is not shown. It opens the PDF once and is not kept.</source>
            <translation>输入的内容不会显示。它只用来打开一次 PDF，不会被保存。</translation>
        </message>
        <message>
            <source>Add &amp;with this password</source>
            <translation>用此密码添加(&amp;W)</translation>
        </message>
        <message>
            <source>Opens the PDF with this password and adds it.</source>
            <translation>用此密码打开 PDF 并添加。</translation>
        </message>
        <message>
            <source>S&amp;kip this file</source>
            <translation>跳过此文件(&amp;K)</translation>
        </message>
        <message>
            <source>Does not add it.</source>
            <translation>不添加此文件。</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Previous page</source>
            <translation>上一页(&amp;P)</translation>
        </message>
        <message>
            <source>Shows the page before.</source>
            <translation>显示上一页。</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>下一页(&amp;N)</translation>
        </message>
        <message>
            <source>Shows the page after.</source>
            <translation>显示下一页。</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>Makes the pages smaller.</source>
            <translation>缩小页面。</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Makes the pages larger.</source>
            <translation>放大页面。</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>适合宽度(&amp;F)</translation>
        </message>
        <message>
            <source>Makes a page as wide as the view.</source>
            <translation>使页面与视图同宽。</translation>
        </message>
        <message>
            <source>Preview of the PDF that will be sent</source>
            <translation>将要发送的 PDF 的预览</translation>
        </message>
        <message>
            <source>The pages of the PDF. Page Up and Page Down turn the pages, the arrow keys scroll, Ctrl and + or − zoom.</source>
            <translation>PDF 的页面。Page Up 和 Page Down 翻页，方向键滚动，Ctrl 加 + 或 − 缩放。</translation>
        </message>
        <message>
            <source>The preview could not be shown: the PDF did not load.</source>
            <translation>无法显示预览：PDF 没有加载成功。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>还没有预览</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewPanel</name>
        <message>
            <source>Making the preview…</source>
            <translation>正在生成预览…</translation>
        </message>
        <message>
            <source>This is the PDF as it will be sent (marked PREVIEW until signed).</source>
            <translation>这是将要发送的 PDF（签名前标有 PREVIEW 字样）。</translation>
        </message>
        <message>
            <source>The preview could not be made: %1</source>
            <translation>无法生成预览：%1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the PDF</source>
            <translation>检查 PDF</translation>
        </message>
        <message>
            <source>This is your request exactly as the Ombudsman will receive it: the form, then the list of your documents and their pages. It is marked PREVIEW; the copy made on the next step has no such marks and is signed as you chose.</source>
            <translation>这就是监察专员将收到的申请原样：先是表格，然后是您的文件清单及其页面。这里标有 PREVIEW（预览）；下一步生成的副本没有这些标记，并按您选择的方式签名。</translation>
        </message>
    </context>
    <context>
        <name>ProcessingTimeView</name>
        <message>
            <source>When you enter the USCIS receipt date of your application (step “Applications and petitions”), a picture here shows how long it has waited.</source>
            <translation>当您填写 USCIS 收到您申请的日期后（“申请和请愿书”这一步），这里会用图显示它已经等了多久。</translation>
        </message>
        <message>
            <source>Received by USCIS</source>
            <translation>USCIS 收件</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Your case has been pending %1 months.</source>
            <translation>您的案件已等待 %1 个月。</translation>
        </message>
        <message>
            <source>Posted processing time ends</source>
            <translation>公布的处理时间结束</translation>
        </message>
        <message>
            <source>That is %1 months past the posted time.</source>
            <translation>已超出公布时间 %1 个月。</translation>
        </message>
        <message>
            <source>It is still within the posted processing time.</source>
            <translation>仍在公布的处理时间之内。</translation>
        </message>
        <message>
            <source>Timeline of your case</source>
            <translation>您案件的时间线</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Ready to send.</source>
            <translation>可以发送了。</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) worth a look below; they do not stop you.</source>
            <translation>
                <numerusform>下面有 %n 项值得看一看；它们不会阻止您继续。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not ready yet: %n answer(s) must be fixed first.</source>
            <translation>
                <numerusform>还没准备好：需要先改正 %n 个答案。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more worth a look.</source>
            <translation>
                <numerusform>还有 %n 项值得看一看。</numerusform>
            </translation>
        </message>
        <message>
            <source>Must fix</source>
            <translation>必须改正</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>请检查</translation>
        </message>
        <message>
            <source>Readiness report</source>
            <translation>就绪情况报告</translation>
        </message>
        <message>
            <source>Each line is something to fix or check. Press Enter to go to that answer.</source>
            <translation>每一行是一件需要改正或检查的事。按回车键可以跳到那个答案。</translation>
        </message>
    </context>
    <context>
        <name>ReasonsPage</name>
        <message>
            <source>What you said on the step “Can the Ombudsman help?” is already ticked below. Add any other reason, or untick one that does not fit.</source>
            <translation>您在“监察专员（Ombudsman）能帮您吗？”这一步说的内容已在下面勾选。请添加其他原因，或取消不符合的选项。</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>新的恢复密钥</translation>
        </message>
        <message>
            <source>Closes this window.</source>
            <translation>关闭此窗口。</translation>
        </message>
        <message>
            <source>Close without noting the key?</source>
            <translation>不记下密钥就关闭？</translation>
        </message>
        <message>
            <source>The recovery key is not shown again. Close anyway? (You can make another one in Settings.)</source>
            <translation>恢复密钥不会再显示。仍然关闭吗？（您可以在“设置”中再生成一个。）</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation>生成新的恢复密钥</translation>
        </message>
        <message>
            <source>Your old recovery key will stop working: throw that paper away once the new key is printed or written down. Go on?</source>
            <translation>旧的恢复密钥将失效：打印或写下新密钥后，请扔掉那张纸。继续吗？</translation>
        </message>
        <message>
            <source>Your current passphrase:</source>
            <translation>您当前的密码短语：</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <source>Group %1 of %2: %3</source>
            <translation>第 %1 组（共 %2 组）：%3</translation>
        </message>
        <message>
            <source>Shown once. Print or write it down.</source>
            <translation>只显示一次。请打印或写下来。</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key down by hand, carefully, group by group.</source>
            <translation>这台电脑没有设置打印机。请仔细地一组一组手写下密钥。</translation>
        </message>
        <message>
            <source>Nothing was saved. Choose a printer, or write it down.</source>
            <translation>什么都没有保存。请选择一台打印机，或者把它写下来。</translation>
        </message>
        <message>
            <source>Ombud Desktop recovery key</source>
            <translation>Ombud Desktop 恢复密钥</translation>
        </message>
        <message>
            <source>Keep this paper in a safe place. It opens all your cases.</source>
            <translation>请把这张纸放在安全的地方。它能打开您所有的案件。</translation>
        </message>
        <message>
            <source>Save the recovery key in a file?</source>
            <translation>把恢复密钥保存到文件中？</translation>
        </message>
        <message>
            <source>You chose to print into a file. That file is not encrypted: anyone who finds it can open all your cases. Print on paper instead, or delete the file as soon as it is printed. Save it anyway?</source>
            <translation>您选择了打印到文件。这个文件没有加密：任何找到它的人都能打开您的所有案件。请改为打印到纸上，或者打印后立即删除该文件。仍然保存吗？</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>您的恢复密钥</translation>
        </message>
        <message>
            <source>This key opens your cases if the passphrase is forgotten. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
            <translation>如果忘记了密码短语，这个密钥可以打开您的案件。它只在现在显示。请打印或写下来，并且不要放在这台电脑旁边。</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <source>&amp;Print the recovery key…</source>
            <translation>打印恢复密钥(&amp;P)…</translation>
        </message>
        <message>
            <source>Prints the key on paper.</source>
            <translation>把密钥打印到纸上。</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>我已经打印或写下了恢复密钥</translation>
        </message>
        <message>
            <source>Needed to go on; the key is not shown again.</source>
            <translation>需要勾选才能继续；密钥不会再显示。</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>继续(&amp;O)</translation>
        </message>
        <message>
            <source>Goes to your list of cases.</source>
            <translation>前往您的案件列表。</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review your answers</source>
            <translation>检查您的答案</translation>
        </message>
        <message>
            <source>Hi&amp;de the PDF</source>
            <translation>隐藏 PDF(&amp;D)</translation>
        </message>
        <message>
            <source>Hides the PDF again; your answers stay as they are.</source>
            <translation>再次隐藏 PDF；您的回答保持不变。</translation>
        </message>
        <message>
            <source>&amp;Show the PDF as it will be sent</source>
            <translation>按发送时的样子显示 PDF(&amp;S)</translation>
        </message>
        <message>
            <source>Shows the form and your documents as one PDF, below this button.</source>
            <translation>在此按钮下方把表格和您的文件显示为一个 PDF。</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>还没有答案</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>修改“%1”</translation>
        </message>
        <message>
            <source>Goes to this step to change these answers.</source>
            <translation>前往这一步修改这些答案。</translation>
        </message>
        <message>
            <source>Read your answers once more. Use “Change” to fix anything; you come back here with Next. Lines marked “Must fix” keep the form from being sent.</source>
            <translation>请再读一遍您的答案。用“修改”改正任何内容；按“下一步”回到这里。标有“必须改正”的行会使表格无法发送。</translation>
        </message>
        <message>
            <source>Is it ready to send?</source>
            <translation>可以发送了吗？</translation>
        </message>
        <message>
            <source>Your answers, as on the form</source>
            <translation>您的答案，按表格上的顺序</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>The Ombudsman may not be able to help</source>
            <translation>监察专员可能帮不上忙</translation>
        </message>
    </context>
    <context>
        <name>SentPanel</name>
        <message>
            <source>The reference holds invisible control characters ({chars}). Type it again without them.</source>
            <translation>参考号含有看不见的控制字符（{chars}）。请重新输入，不要包含这些字符。</translation>
        </message>
        <message>
            <source>Could not record it just now; try again.</source>
            <translation>刚才没能记录；请再试一次。</translation>
        </message>
        <message>
            <source>Marked as sent on {date} by {channel}.</source>
            <translation>已标记为于 {date} 通过{channel}发送。</translation>
        </message>
        <message>
            <source>Save follow-up reminders</source>
            <translation>保存跟进提醒</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>日历文件 (*.ics)</translation>
        </message>
        <message>
            <source>The reminders could not be saved ({reason}). Choose another folder.</source>
            <translation>提醒没能保存（{reason}）。请选择另一个文件夹。</translation>
        </message>
        <message>
            <source>Reminders saved: open {path} to add them to your calendar.</source>
            <translation>提醒已保存：打开 {path} 把它们加入您的日历。</translation>
        </message>
        <message>
            <source>Delete the package?</source>
            <translation>删除文件包？</translation>
        </message>
        <message>
            <source>The package is not encrypted. Now that it is sent, delete it from this computer? (Your case stays saved in Ombud Desktop.)</source>
            <translation>文件包没有加密。既然已经发送，要从这台电脑上删除吗？（您的案件仍保存在 Ombud Desktop 中。）</translation>
        </message>
        <message>
            <source>The package was deleted.</source>
            <translation>文件包已删除。</translation>
        </message>
        <message>
            <source>After sending</source>
            <translation>发送以后</translation>
        </message>
        <message>
            <source>Date sent:</source>
            <translation>发送日期：</translation>
        </message>
        <message>
            <source>Sent by:</source>
            <translation>发送方式：</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>参考号：</translation>
        </message>
        <message>
            <source>fax confirmation number, tracking number, or the email's date</source>
            <translation>传真确认号、快递追踪号，或电子邮件的日期</translation>
        </message>
        <message>
            <source>The day you emailed, faxed or mailed it.</source>
            <translation>您用电子邮件、传真或邮寄发送的日期。</translation>
        </message>
        <message>
            <source>How you sent it: email, fax or mail.</source>
            <translation>您的发送方式：电子邮件、传真或邮寄。</translation>
        </message>
        <message>
            <source>Mark as &amp;sent</source>
            <translation>标记为已发送(&amp;S)</translation>
        </message>
        <message>
            <source>Record that it was sent</source>
            <translation>记录已经发送</translation>
        </message>
        <message>
            <source>Save &amp;reminders…</source>
            <translation>保存提醒(&amp;R)…</translation>
        </message>
        <message>
            <source>A calendar file reminding you to follow up after 30 and 90 days</source>
            <translation>一个日历文件，提醒您在 30 天和 90 天后跟进</translation>
        </message>
        <message>
            <source>&amp;Delete the package</source>
            <translation>删除文件包(&amp;D)</translation>
        </message>
        <message>
            <source>Remove the unencrypted export from this computer</source>
            <translation>从这台电脑上删除未加密的导出文件</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>高对比度</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>闲置多少分钟后锁定</translation>
        </message>
        <message>
            <source>Hides everything when nobody touched the keyboard or mouse. 0 = never.</source>
            <translation>没有人碰键盘或鼠标时隐藏所有内容。0 = 从不。</translation>
        </message>
        <message>
            <source>Mark cases for deletion after</source>
            <translation>多久后把案件标记为应删除</translation>
        </message>
        <message>
            <source>Cases not edited for this long are marked on the case list.</source>
            <translation>这么长时间没有编辑的案件会在案件列表中标出。</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>文字大小</translation>
        </message>
        <message>
            <source>Makes all text bigger, up to twice the normal size.</source>
            <translation>把所有文字放大，最多到正常大小的两倍。</translation>
        </message>
        <message>
            <source>Black text on white with strong lines.</source>
            <translation>白底黑字，线条加粗。</translation>
        </message>
        <message>
            <source>Change the passphrase…</source>
            <translation>更改密码短语…</translation>
        </message>
        <message>
            <source>Add a passphrase…</source>
            <translation>添加密码短语…</translation>
        </message>
        <message>
            <source>A new passphrase to unlock your cases; the old one stops working.</source>
            <translation>用新的密码短语解锁您的案件；旧的将失效。</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>生成新的恢复密钥…</translation>
        </message>
        <message>
            <source>Shows a new key to print; an earlier key stops working.</source>
            <translation>显示一个新的可打印密钥；之前的密钥将失效。</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>密码短语已更改。</translation>
        </message>
        <message>
            <source>The new recovery key is in force.</source>
            <translation>新的恢复密钥已生效。</translation>
        </message>
        <message>
            <source>Ombud Desktop %1</source>
            <translation>Ombud Desktop 版本 %1</translation>
        </message>
        <message>
            <source>Set up by %1.</source>
            <translation>由 %1 为您设置。</translation>
        </message>
        <message>
            <source>Mark cases for deletion?</source>
            <translation>要将案件标记为待删除吗？</translation>
        </message>
        <message numerus="yes">
            <source>With a period of %1 days, %n more case(s) will be marked as due for deletion. Change the period?</source>
            <translation>
                <numerusform>如果期限为 %1 天，将再有 %n 个案件被标记为待删除。要更改期限吗？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature drawing area</source>
            <translation>签名书写区</translation>
        </message>
        <message>
            <source>Sign here with a mouse, pen or finger. Press Delete to clear. Without a mouse, choose the typed signature or print and sign instead.</source>
            <translation>请在这里用鼠标、触控笔或手指签名。按 Delete 键清除。没有鼠标时，请选择输入签名，或打印后签名。</translation>
        </message>
    </context>
    <context>
        <name>SignedPagePanel</name>
        <message>
            <source>Save the page to sign</source>
            <translation>保存需签名的页面</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>The page could not be saved ({reason}). Choose another folder.</source>
            <translation>无法保存该页面（{reason}）。请选择其他文件夹。</translation>
        </message>
        <message>
            <source>Saved in {path} (not encrypted: delete it once the signed page is added). Sign and date it in ink.</source>
            <translation>已保存到 {path}（未加密：添加已签名的页面后请删除它）。请用墨水签名并写上日期。</translation>
        </message>
        <message>
            <source>Choose the scan or photo of the signed page</source>
            <translation>选择已签名页面的扫描件或照片</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
            <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Adding the signed page (encrypted)…</source>
            <translation>正在添加已签名的页面（加密）…</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>无法添加该文件。没有任何更改；请换一个文件。</translation>
        </message>
        <message>
            <source>The signed page is added. It is kept encrypted.</source>
            <translation>已添加已签名的页面。它以加密方式保存。</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax: print the page to sign, sign and date it in ink, then add a scan or a phone photo of the signed page. By mail, sign the printed form itself.</source>
            <translation>此表格须用墨水亲笔签名。如要通过电子邮件或传真发送：打印需签名的页面，用墨水签名并写上日期，然后添加已签名页面的扫描件或手机照片。如邮寄，请在打印的表格上签名。</translation>
        </message>
        <message>
            <source>The signed page is added: it takes the place of the unsigned page in everything you send.</source>
            <translation>已添加已签名的页面：在您发送的所有内容中，它将取代未签名的页面。</translation>
        </message>
        <message>
            <source>Print the page to sign</source>
            <translation>打印需签名的页面</translation>
        </message>
        <message>
            <source>The signature page with the person's name and receipt number on it</source>
            <translation>印有本人姓名和收据号码的签名页</translation>
        </message>
        <message>
            <source>Add the signed page</source>
            <translation>添加已签名的页面</translation>
        </message>
        <message>
            <source>A scan or phone photo of the page, signed and dated in ink</source>
            <translation>该页面用墨水签名并写上日期后的扫描件或手机照片</translation>
        </message>
    </context>
    <context>
        <name>SubmitterPage</name>
        <message>
            <source>Your saved details were filled in.</source>
            <translation>已填入您保存的资料。</translation>
        </message>
        <message>
            <source>Fill in your details first, then save them.</source>
            <translation>请先填写您的资料，再保存。</translation>
        </message>
        <message>
            <source>Saved. New cases can be filled with these details in one step.</source>
            <translation>已保存。新案件可以一步填入这些资料。</translation>
        </message>
        <message>
            <source>&amp;Fill in my saved details</source>
            <translation>填入我保存的资料(&amp;F)</translation>
        </message>
        <message>
            <source>Copies the details you saved before (name, organization, contact) here.</source>
            <translation>把您以前保存的资料（姓名、机构、联系方式）复制到这里。</translation>
        </message>
        <message>
            <source>Sa&amp;ve my details for next time</source>
            <translation>保存我的资料供下次使用(&amp;V)</translation>
        </message>
        <message>
            <source>Keeps these details, encrypted, to fill in new cases quickly.</source>
            <translation>加密保存这些资料，方便快速填写新案件。</translation>
        </message>
    </context>
    <context>
        <name>TermHelp</name>
        <message>
            <source>What is “%1”?</source>
            <translation>“%1”是什么？</translation>
        </message>
        <message>
            <source>Shows or hides a short explanation.</source>
            <translation>显示或隐藏简短说明。</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Type your passphrase, then press Enter.</source>
            <translation>请输入密码短语，然后按回车键。</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>密码短语不对。请检查大写锁定键（Caps Lock），再试一次。</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Type your passphrase instead, or try the password store again.</source>
            <translation>电脑的密码存储没有给出密钥：它的窗口被关闭了，或者它拒绝了。请输入您的密码短语，或者再试一次密码存储。</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Use your recovery key instead, or try the password store again.</source>
            <translation>电脑的密码存储没有给出密钥：它的窗口被关闭了，或者它拒绝了。请使用您的恢复密钥，或者再试一次密码存储。</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Try again, and type the computer's password when it asks.</source>
            <translation>电脑的密码存储没有给出密钥：它的窗口被关闭了，或者它拒绝了。请再试一次，并在它询问时输入电脑的密码。</translation>
        </message>
        <message>
            <source>Type the recovery key from your paper, then press Enter.</source>
            <translation>请输入纸上的恢复密钥，然后按回车键。</translation>
        </message>
        <message>
            <source>The new passphrase is saved. Your old recovery key no longer works.</source>
            <translation>新的密码短语已保存。旧的恢复密钥已失效。</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>选择新的密码短语</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>Ombud Desktop is locked and your cases are hidden. Unlock to go on.</source>
            <translation>Ombud Desktop 已锁定，您的案件已隐藏。解锁后继续。</translation>
        </message>
        <message>
            <source>Unlock your cases</source>
            <translation>解锁您的案件</translation>
        </message>
        <message>
            <source>Your cases are kept encrypted on this computer.</source>
            <translation>您的案件在这台电脑上加密保存。</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>密码短语(&amp;P)</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>密码短语</translation>
        </message>
        <message>
            <source>The passphrase chosen when Ombud Desktop was set up. Press Enter to unlock.</source>
            <translation>设置 Ombud Desktop 时选择的密码短语。按回车键解锁。</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <source>Unlocks with the passphrase.</source>
            <translation>用密码短语解锁。</translation>
        </message>
        <message>
            <source>Unlock with the &amp;system keyring</source>
            <translation>用系统钥匙环解锁(&amp;S)</translation>
        </message>
        <message>
            <source>Uses the key kept by this computer's password store.</source>
            <translation>使用这台电脑密码存储中保存的密钥。</translation>
        </message>
        <message>
            <source>Use the recovery &amp;key</source>
            <translation>使用恢复密钥(&amp;K)</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Opens your cases with the recovery key on paper.</source>
            <translation>忘记了密码短语？用纸上的恢复密钥打开您的案件。</translation>
        </message>
        <message>
            <source>Recovery &amp;key (groups of four letters and digits)</source>
            <translation>恢复密钥（每组四个字母和数字）(&amp;K)</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <source>Type it as printed; dashes and spaces do not matter. Press Enter to open.</source>
            <translation>按打印的样子输入；短横线和空格无所谓。按回车键打开。</translation>
        </message>
        <message>
            <source>&amp;Open with the recovery key</source>
            <translation>用恢复密钥打开(&amp;O)</translation>
        </message>
        <message>
            <source>Opens your cases, then asks for a new passphrase.</source>
            <translation>打开您的案件，然后要求设置新的密码短语。</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>返回(&amp;B)</translation>
        </message>
        <message>
            <source>Back to the passphrase.</source>
            <translation>回到密码短语。</translation>
        </message>
        <message>
            <source>Your cases are open. Now choose a new passphrase: you will type it from now on.</source>
            <translation>您的案件已打开。现在请选择一个新的密码短语：以后都用它。</translation>
        </message>
        <message>
            <source>&amp;Save the new passphrase</source>
            <translation>保存新的密码短语(&amp;S)</translation>
        </message>
        <message>
            <source>Saves it and opens your cases. Your recovery key keeps working.</source>
            <translation>保存它并打开您的案件。您的恢复密钥仍然有效。</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>欢迎</translation>
        </message>
        <message>
            <source>This app helps you ask the CIS Ombudsman for help with a case that is stuck or went wrong at USCIS. It fills in Form DHS-7001 with you, one question at a time, and makes a package you can email, fax or mail.</source>
            <translation>这个程序帮助您向 CIS 监察专员（CIS Ombudsman）求助，处理在 USCIS 卡住或出错的案件。它和您一起填写 DHS-7001 表格，一次一个问题，并制作一个可以用电子邮件、传真或邮寄发送的文件包。</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>您需要准备的东西</translation>
        </message>
        <message>
            <source>• Your USCIS receipt notices (the receipt number starts with 3 letters).
• The dates you contacted USCIS and any reference numbers.
• Copies of letters from USCIS and of what you sent them. Never send originals.
• About 20 to 40 minutes. You can stop at any time: everything is saved.</source>
            <translation>• 您的 USCIS 收据通知（收据号码以 3 个字母开头）。
• 您联系 USCIS 的日期和任何参考号码。
• USCIS 来信的副本，以及您寄给他们的材料的副本。绝不要寄原件。
• 大约 20 到 40 分钟。您可以随时停下：所有内容都会保存。</translation>
        </message>
        <message>
            <source>Your privacy</source>
            <translation>您的隐私</translation>
        </message>
        <message>
            <source>Everything you type and every document you add stays on this computer, encrypted. The app never uses the internet. Nothing is sent until you send it yourself. Use Quick exit (Ctrl+Shift+Q) to hide everything at once.</source>
            <translation>您输入的所有内容和添加的每份文件都加密保存在这台电脑上。本程序从不使用互联网。除非您自己发送，否则什么都不会发出。使用“快速退出”（Ctrl+Shift+Q）可以立即隐藏所有内容。</translation>
        </message>
        <message>
            <source>What the Ombudsman can and cannot do</source>
            <translation>监察专员能做什么、不能做什么</translation>
        </message>
        <message>
            <source>The Ombudsman can ask USCIS to look at a problem with your case. It cannot give legal advice or change a USCIS decision. This app is not made by the U.S. government and does not give legal advice.</source>
            <translation>监察专员可以请 USCIS 查看您案件中的问题。它不能提供法律建议，也不能改变 USCIS 的决定。本程序不是美国政府制作的，不提供法律建议。</translation>
        </message>
    </context>
    <context>
        <name>WizardView</name>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>Please answer this before going on: %1</source>
            <translation>请先回答这一项再继续：%1</translation>
        </message>
        <message>
            <source>This step is not needed for this case.</source>
            <translation>此案件不需要这一步。</translation>
        </message>
        <message>
            <source>Use Next to reach this step; earlier steps come first.</source>
            <translation>请用“下一步”到达这一步；前面的步骤要先完成。</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>（不需要）</translation>
        </message>
        <message>
            <source>Step %1, “%2”, is now needed because of your answer.</source>
            <translation>根据您的回答，现在需要第 %1 步“%2”。</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>The steps of the form. Press Enter on a step you have visited to go back to it.</source>
            <translation>表格的各个步骤。在去过的步骤上按回车键可以回到那里。</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>主页(&amp;H)</translation>
        </message>
        <message>
            <source>Back to the list of cases. Everything is saved.</source>
            <translation>回到案件列表。一切都已保存。</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <source>The previous step. Nothing you typed is lost. Shortcut: Alt+Left.</source>
            <translation>上一步。您输入的内容不会丢失。快捷键：Alt+左方向键。</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>The next step. Shortcut: Alt+Right.</source>
            <translation>下一步。快捷键：Alt+右方向键。</translation>
        </message>
    </context>
    <context>
        <name>background_job</name>
        <message>
            <source>Something unexpected went wrong ({kind}). Your answers are safe; go back a step and try again.</source>
            <translation>发生了意外错误（{kind}）。您的回答是安全的；请返回上一步后重试。</translation>
        </message>
    </context>
    <context>
        <name>bundle_readme</name>
        <message>
            <source>Email (recommended)</source>
            <translation>电子邮件（推荐）</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>传真</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>邮寄</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>电话（免费）</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Request for case assistance to the CIS Ombudsman (Form DHS-7001)</source>
            <translation>向 CIS 监察专员（CIS Ombudsman）申请案件协助（DHS-7001 表格）</translation>
        </message>
        <message>
            <source>For: {name}. Receipt number: {receipt}. Made on {date}. Way to send: {channel}.</source>
            <translation>当事人：{name}。收据号码：{receipt}。制作日期：{date}。发送方式：{channel}。</translation>
        </message>
        <message>
            <source>Prepared with the help of {organization}.</source>
            <translation>在 {organization} 的帮助下准备。</translation>
        </message>
        <message>
            <source>Where to get help: {help}</source>
            <translation>在哪里获得帮助：{help}</translation>
        </message>
        <message>
            <source>Important: the files in this folder are not encrypted and hold private information. Keep them safe, and delete this folder once the request is sent.</source>
            <translation>重要：这个文件夹中的文件没有加密，含有个人隐私信息。请妥善保管，请求发出后请删除这个文件夹。</translation>
        </message>
        <message>
            <source>The Ombudsman's office changed how it operates in 2025. These contact details may be out of date: confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>监察专员办公室在 2025 年改变了工作方式。这些联系方式可能已经过时：下次能上网时，请在 www.dhs.gov/cisombudsman 确认。</translation>
        </message>
        <message>
            <source>Before you send: confirm the contact details</source>
            <translation>发送之前：请核实联系信息</translation>
        </message>
        <message>
            <source>{label}: {value} (from: {source}; last checked {checked}).</source>
            <translation>{label}：{value}（来源：{source}；最后核对：{checked}）。</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>怎样发送</translation>
        </message>
        <message>
            <source>What is in this folder</source>
            <translation>这个文件夹里有什么</translation>
        </message>
        <message>
            <source>manifest.json and SHA256SUMS: every file with its size and SHA-256 checksum, to check that nothing was changed or lost on the way.</source>
            <translation>manifest.json 和 SHA256SUMS：列出每个文件的大小和 SHA-256 校验值，用来检查途中没有改动或丢失。</translation>
        </message>
        <message>
            <source>After sending: in Ombud Desktop, mark the case as sent with the date and the reference ({reference}). It makes reminders to follow up after 30 and 90 days.</source>
            <translation>发送以后：在 Ombud Desktop 中把案件标记为已发送，并填写日期和参考号（{reference}）。程序会在 30 天和 90 天后提醒您跟进。</translation>
        </message>
        <message>
            <source>email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>fax</source>
            <translation>传真</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>邮寄</translation>
        </message>
        <message>
            <source>the date you sent the email</source>
            <translation>您发送电子邮件的日期</translation>
        </message>
        <message>
            <source>the number on the fax confirmation page</source>
            <translation>传真确认页上的号码</translation>
        </message>
        <message>
            <source>the tracking number, if any</source>
            <translation>快递追踪号码（如有）</translation>
        </message>
        <message>
            <source>Open {first_eml} (double-click it): your mail program opens it as a new message to {email}, with the files attached.</source>
            <translation>打开 {first_eml}（双击）：您的邮件程序会把它打开为发给 {email} 的新邮件，并附上文件。</translation>
        </message>
        <message>
            <source>There are {count} messages: send all of them, from part 1 to part {count}. Each one says in its text which documents it carries.</source>
            <translation>一共有 {count} 封邮件：请全部发送，从第 1 部分到第 {count} 部分。每封邮件的正文都写明了它带有哪些文件。</translation>
        </message>
        <message>
            <source>Check the message, then press Send.</source>
            <translation>检查邮件，然后点击“发送”。</translation>
        </message>
        <message>
            <source>If you use email in a web browser (Gmail, Outlook.com, Yahoo): write a new message to {email} with the subject "{subject}", copy into it the text of the matching message-N.txt file, attach the files it names from the folder "attachments", and send.</source>
            <translation>如果您在网页浏览器中使用电子邮件（Gmail、Outlook.com、Yahoo）：写一封发给 {email} 的新邮件，主题为 "{subject}"，把对应的 message-N.txt 文件的文字复制进去，从 "attachments" 文件夹中附上其中列出的文件，然后发送。</translation>
        </message>
        <message>
            <source>{title} ({size} MB) is larger than the {limit} MB an email may carry, so it is not in any message. It is in the folder "attachments". Send it by fax or by mail, or make it smaller (scan fewer pages or at a lower resolution) and export again.</source>
            <translation>{title}（{size} MB）超过了一封电子邮件能带的 {limit} MB，所以没有放进任何邮件。它在 "attachments" 文件夹中。请用传真或邮寄发送，或者把它变小（少扫描几页或降低分辨率）后重新导出。</translation>
        </message>
        <message>
            <source>Send {fax_pdf} ({pages} pages, this count includes the cover sheet) to the fax number {fax}.</source>
            <translation>把 {fax_pdf}（共 {pages} 页，含封面页）发送到传真号码 {fax}。</translation>
        </message>
        <message>
            <source>With a fax machine: print {fax_pdf} single-sided and put all the pages in the machine. With a fax service or app: upload {fax_pdf}.</source>
            <translation>用传真机：单面打印 {fax_pdf}，把所有页放进传真机。用传真服务或应用：上传 {fax_pdf}。</translation>
        </message>
        <message>
            <source>Keep the confirmation page the fax machine or service gives you.</source>
            <translation>请保留传真机或传真服务给您的确认页。</translation>
        </message>
        <message>
            <source>If a fax service asks for a TIFF file, upload {fax_tiff} instead.</source>
            <translation>如果传真服务要求 TIFF 文件，请改为上传 {fax_tiff}。</translation>
        </message>
        <message>
            <source>Print {packet} single-sided ({packet_pages} pages). The first page is a checklist for you; do not mail it.</source>
            <translation>单面打印 {packet}（共 {packet_pages} 页）。第一页是给您用的核对清单；不要寄出。</translation>
        </message>
        <message>
            <source>Sign and date the form with a pen where it says "Sign here", if it asks for a signature by hand.</source>
            <translation>如果表格要求亲笔签名，请在写有 "Sign here" 的地方用笔签名并写上日期。</translation>
        </message>
        <message>
            <source>Go through the checklist, then put the pages in order in the envelope, the address page on top.</source>
            <translation>按核对清单检查，然后把各页按顺序放进信封，地址页放在最上面。</translation>
        </message>
        <message>
            <source>Mail it to: {address}. Mail may be delayed up to {days} days by security screening: email is faster.</source>
            <translation>邮寄到：{address}。由于安全检查，邮件可能会延迟多达 {days} 天：电子邮件更快。</translation>
        </message>
        <message>
            <source>{name}: the email message to send (part {part} of {count}).</source>
            <translation>{name}：要发送的电子邮件（第 {part} 部分，共 {count} 部分）。</translation>
        </message>
        <message>
            <source>{name}: the text of message {part}, to paste into webmail.</source>
            <translation>{name}：第 {part} 封邮件的文字，用来粘贴到网页邮箱中。</translation>
        </message>
        <message>
            <source>attachments/: the form and documents, as separate PDF files.</source>
            <translation>attachments/：表格和各份文件，分别为单独的 PDF 文件。</translation>
        </message>
        <message>
            <source>{name}: the fax, ready to send ({pages} pages with the cover sheet).</source>
            <translation>{name}：传真，可以直接发送（含封面页共 {pages} 页）。</translation>
        </message>
        <message>
            <source>{name}: the same fax as a TIFF file ({coding}) for fax services.</source>
            <translation>{name}：同一份传真的 TIFF 文件（{coding}），供传真服务使用。</translation>
        </message>
        <message>
            <source>{name}: everything to print and mail.</source>
            <translation>{name}：所有要打印和邮寄的内容。</translation>
        </message>
    </context>
    <context>
        <name>countries</name>
        <message>
            <source>Afghanistan</source>
            <extracomment>country AF</extracomment>
            <translation>阿富汗</translation>
        </message>
        <message>
            <source>Albania</source>
            <extracomment>country AL</extracomment>
            <translation>阿尔巴尼亚</translation>
        </message>
        <message>
            <source>Algeria</source>
            <extracomment>country DZ</extracomment>
            <translation>阿尔及利亚</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>country AS</extracomment>
            <translation>美属萨摩亚</translation>
        </message>
        <message>
            <source>Andorra</source>
            <extracomment>country AD</extracomment>
            <translation>安道尔</translation>
        </message>
        <message>
            <source>Angola</source>
            <extracomment>country AO</extracomment>
            <translation>安哥拉</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <extracomment>country AI</extracomment>
            <translation>安圭拉</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <extracomment>country AQ</extracomment>
            <translation>南极洲</translation>
        </message>
        <message>
            <source>Antigua and Barbuda</source>
            <extracomment>country AG</extracomment>
            <translation>安提瓜和巴布达</translation>
        </message>
        <message>
            <source>Argentina</source>
            <extracomment>country AR</extracomment>
            <translation>阿根廷</translation>
        </message>
        <message>
            <source>Armenia</source>
            <extracomment>country AM</extracomment>
            <translation>亚美尼亚</translation>
        </message>
        <message>
            <source>Aruba</source>
            <extracomment>country AW</extracomment>
            <translation>阿鲁巴</translation>
        </message>
        <message>
            <source>Australia</source>
            <extracomment>country AU</extracomment>
            <translation>澳大利亚</translation>
        </message>
        <message>
            <source>Austria</source>
            <extracomment>country AT</extracomment>
            <translation>奥地利</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <extracomment>country AZ</extracomment>
            <translation>阿塞拜疆</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <extracomment>country BS</extracomment>
            <translation>巴哈马</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <extracomment>country BH</extracomment>
            <translation>巴林</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <extracomment>country BD</extracomment>
            <translation>孟加拉国</translation>
        </message>
        <message>
            <source>Barbados</source>
            <extracomment>country BB</extracomment>
            <translation>巴巴多斯</translation>
        </message>
        <message>
            <source>Belarus</source>
            <extracomment>country BY</extracomment>
            <translation>白俄罗斯</translation>
        </message>
        <message>
            <source>Belgium</source>
            <extracomment>country BE</extracomment>
            <translation>比利时</translation>
        </message>
        <message>
            <source>Belize</source>
            <extracomment>country BZ</extracomment>
            <translation>伯利兹</translation>
        </message>
        <message>
            <source>Benin</source>
            <extracomment>country BJ</extracomment>
            <translation>贝宁</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <extracomment>country BM</extracomment>
            <translation>百慕大</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <extracomment>country BT</extracomment>
            <translation>不丹</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <extracomment>country BO</extracomment>
            <translation>玻利维亚</translation>
        </message>
        <message>
            <source>Bonaire, Sint Eustatius and Saba</source>
            <extracomment>country BQ</extracomment>
            <translation>博奈尔、圣尤斯特歇斯岛和萨巴</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina</source>
            <extracomment>country BA</extracomment>
            <translation>波斯尼亚和黑塞哥维那</translation>
        </message>
        <message>
            <source>Botswana</source>
            <extracomment>country BW</extracomment>
            <translation>博兹瓦那</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <extracomment>country BV</extracomment>
            <translation>布韦岛</translation>
        </message>
        <message>
            <source>Brazil</source>
            <extracomment>country BR</extracomment>
            <translation>巴西</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <extracomment>country IO</extracomment>
            <translation>英属印度洋领地</translation>
        </message>
        <message>
            <source>Brunei Darussalam</source>
            <extracomment>country BN</extracomment>
            <translation>文莱</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <extracomment>country BG</extracomment>
            <translation>保加利亚</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <extracomment>country BF</extracomment>
            <translation>布基纳法索</translation>
        </message>
        <message>
            <source>Burundi</source>
            <extracomment>country BI</extracomment>
            <translation>布隆迪</translation>
        </message>
        <message>
            <source>Cabo Verde</source>
            <extracomment>country CV</extracomment>
            <translation>佛得角</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <extracomment>country KH</extracomment>
            <translation>柬埔寨</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <extracomment>country CM</extracomment>
            <translation>喀麦隆</translation>
        </message>
        <message>
            <source>Canada</source>
            <extracomment>country CA</extracomment>
            <translation>加拿大</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <extracomment>country KY</extracomment>
            <translation>开曼群岛</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <extracomment>country CF</extracomment>
            <translation>中非共和国</translation>
        </message>
        <message>
            <source>Chad</source>
            <extracomment>country TD</extracomment>
            <translation>乍得</translation>
        </message>
        <message>
            <source>Chile</source>
            <extracomment>country CL</extracomment>
            <translation>智利</translation>
        </message>
        <message>
            <source>China</source>
            <extracomment>country CN</extracomment>
            <translation>中国</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <extracomment>country CX</extracomment>
            <translation>圣诞岛</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <extracomment>country CC</extracomment>
            <translation>科科斯群岛</translation>
        </message>
        <message>
            <source>Colombia</source>
            <extracomment>country CO</extracomment>
            <translation>哥伦比亚</translation>
        </message>
        <message>
            <source>Comoros</source>
            <extracomment>country KM</extracomment>
            <translation>科摩罗</translation>
        </message>
        <message>
            <source>Congo</source>
            <extracomment>country CG</extracomment>
            <translation>刚果</translation>
        </message>
        <message>
            <source>Congo, The Democratic Republic of the</source>
            <extracomment>country CD</extracomment>
            <translation>刚果民主共和国</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <extracomment>country CK</extracomment>
            <translation>库克群岛</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <extracomment>country CR</extracomment>
            <translation>哥斯达黎加</translation>
        </message>
        <message>
            <source>Croatia</source>
            <extracomment>country HR</extracomment>
            <translation>克罗地亚</translation>
        </message>
        <message>
            <source>Cuba</source>
            <extracomment>country CU</extracomment>
            <translation>古巴</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <extracomment>country CW</extracomment>
            <translation>库拉索</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <extracomment>country CY</extracomment>
            <translation>塞浦路斯</translation>
        </message>
        <message>
            <source>Czechia</source>
            <extracomment>country CZ</extracomment>
            <translation>捷克</translation>
        </message>
        <message>
            <source>Côte d'Ivoire</source>
            <extracomment>country CI</extracomment>
            <translation>科特迪瓦</translation>
        </message>
        <message>
            <source>Denmark</source>
            <extracomment>country DK</extracomment>
            <translation>丹麦</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <extracomment>country DJ</extracomment>
            <translation>吉布提</translation>
        </message>
        <message>
            <source>Dominica</source>
            <extracomment>country DM</extracomment>
            <translation>多米尼克</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <extracomment>country DO</extracomment>
            <translation>多米尼加共和国</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <extracomment>country EC</extracomment>
            <translation>厄瓜多尔</translation>
        </message>
        <message>
            <source>Egypt</source>
            <extracomment>country EG</extracomment>
            <translation>埃及</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <extracomment>country SV</extracomment>
            <translation>萨尔瓦多</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <extracomment>country GQ</extracomment>
            <translation>赤道几内亚</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <extracomment>country ER</extracomment>
            <translation>厄立特里亚</translation>
        </message>
        <message>
            <source>Estonia</source>
            <extracomment>country EE</extracomment>
            <translation>爱沙尼亚</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <extracomment>country SZ</extracomment>
            <translation>斯威士兰</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <extracomment>country ET</extracomment>
            <translation>埃塞俄比亚</translation>
        </message>
        <message>
            <source>Falkland Islands (Malvinas)</source>
            <extracomment>country FK</extracomment>
            <translation>福克兰群岛(马尔维纳斯)</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <extracomment>country FO</extracomment>
            <translation>法罗群岛</translation>
        </message>
        <message>
            <source>Fiji</source>
            <extracomment>country FJ</extracomment>
            <translation>斐济</translation>
        </message>
        <message>
            <source>Finland</source>
            <extracomment>country FI</extracomment>
            <translation>芬兰</translation>
        </message>
        <message>
            <source>France</source>
            <extracomment>country FR</extracomment>
            <translation>法国</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <extracomment>country GF</extracomment>
            <translation>法属圭亚那</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <extracomment>country PF</extracomment>
            <translation>法属波利尼西亚</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <extracomment>country TF</extracomment>
            <translation>法属南部领地</translation>
        </message>
        <message>
            <source>Gabon</source>
            <extracomment>country GA</extracomment>
            <translation>加蓬</translation>
        </message>
        <message>
            <source>Gambia</source>
            <extracomment>country GM</extracomment>
            <translation>冈比亚</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>country GE</extracomment>
            <translation>格鲁吉亚</translation>
        </message>
        <message>
            <source>Germany</source>
            <extracomment>country DE</extracomment>
            <translation>德国</translation>
        </message>
        <message>
            <source>Ghana</source>
            <extracomment>country GH</extracomment>
            <translation>加纳</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <extracomment>country GI</extracomment>
            <translation>直布罗陀</translation>
        </message>
        <message>
            <source>Greece</source>
            <extracomment>country GR</extracomment>
            <translation>希腊</translation>
        </message>
        <message>
            <source>Greenland</source>
            <extracomment>country GL</extracomment>
            <translation>格陵兰</translation>
        </message>
        <message>
            <source>Grenada</source>
            <extracomment>country GD</extracomment>
            <translation>格林纳达</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <extracomment>country GP</extracomment>
            <translation>瓜德罗普</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>country GU</extracomment>
            <translation>关岛</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <extracomment>country GT</extracomment>
            <translation>危地马拉</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <extracomment>country GG</extracomment>
            <translation>根西岛</translation>
        </message>
        <message>
            <source>Guinea</source>
            <extracomment>country GN</extracomment>
            <translation>几内亚</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <extracomment>country GW</extracomment>
            <translation>几内亚比绍</translation>
        </message>
        <message>
            <source>Guyana</source>
            <extracomment>country GY</extracomment>
            <translation>圭亚那</translation>
        </message>
        <message>
            <source>Haiti</source>
            <extracomment>country HT</extracomment>
            <translation>海地</translation>
        </message>
        <message>
            <source>Heard Island and McDonald Islands</source>
            <extracomment>country HM</extracomment>
            <translation>赫德岛与麦克唐纳群岛</translation>
        </message>
        <message>
            <source>Holy See (Vatican City State)</source>
            <extracomment>country VA</extracomment>
            <translation>梵蒂冈</translation>
        </message>
        <message>
            <source>Honduras</source>
            <extracomment>country HN</extracomment>
            <translation>洪都拉斯</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <extracomment>country HK</extracomment>
            <translation>香港</translation>
        </message>
        <message>
            <source>Hungary</source>
            <extracomment>country HU</extracomment>
            <translation>匈牙利</translation>
        </message>
        <message>
            <source>Iceland</source>
            <extracomment>country IS</extracomment>
            <translation>冰岛</translation>
        </message>
        <message>
            <source>India</source>
            <extracomment>country IN</extracomment>
            <translation>印度</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <extracomment>country ID</extracomment>
            <translation>印度尼西亚</translation>
        </message>
        <message>
            <source>Iran</source>
            <extracomment>country IR</extracomment>
            <translation>伊朗</translation>
        </message>
        <message>
            <source>Iraq</source>
            <extracomment>country IQ</extracomment>
            <translation>伊拉克</translation>
        </message>
        <message>
            <source>Ireland</source>
            <extracomment>country IE</extracomment>
            <translation>爱尔兰</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <extracomment>country IM</extracomment>
            <translation>曼岛</translation>
        </message>
        <message>
            <source>Israel</source>
            <extracomment>country IL</extracomment>
            <translation>以色列</translation>
        </message>
        <message>
            <source>Italy</source>
            <extracomment>country IT</extracomment>
            <translation>意大利</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <extracomment>country JM</extracomment>
            <translation>牙买加</translation>
        </message>
        <message>
            <source>Japan</source>
            <extracomment>country JP</extracomment>
            <translation>日本</translation>
        </message>
        <message>
            <source>Jersey</source>
            <extracomment>country JE</extracomment>
            <translation>泽西岛</translation>
        </message>
        <message>
            <source>Jordan</source>
            <extracomment>country JO</extracomment>
            <translation>约旦</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <extracomment>country KZ</extracomment>
            <translation>哈萨克斯坦</translation>
        </message>
        <message>
            <source>Kenya</source>
            <extracomment>country KE</extracomment>
            <translation>肯尼亚</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <extracomment>country KI</extracomment>
            <translation>基里巴斯</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <extracomment>country KW</extracomment>
            <translation>科威特</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <extracomment>country KG</extracomment>
            <translation>吉尔吉斯斯坦</translation>
        </message>
        <message>
            <source>Laos</source>
            <extracomment>country LA</extracomment>
            <translation>老挝</translation>
        </message>
        <message>
            <source>Latvia</source>
            <extracomment>country LV</extracomment>
            <translation>拉脱维亚</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <extracomment>country LB</extracomment>
            <translation>黎巴嫩</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <extracomment>country LS</extracomment>
            <translation>莱索托</translation>
        </message>
        <message>
            <source>Liberia</source>
            <extracomment>country LR</extracomment>
            <translation>利比里亚</translation>
        </message>
        <message>
            <source>Libya</source>
            <extracomment>country LY</extracomment>
            <translation>利比亚</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <extracomment>country LI</extracomment>
            <translation>列支敦士登</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <extracomment>country LT</extracomment>
            <translation>立陶宛</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <extracomment>country LU</extracomment>
            <translation>卢森堡</translation>
        </message>
        <message>
            <source>Macao</source>
            <extracomment>country MO</extracomment>
            <translation>澳门</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <extracomment>country MG</extracomment>
            <translation>马达加斯加</translation>
        </message>
        <message>
            <source>Malawi</source>
            <extracomment>country MW</extracomment>
            <translation>马拉维</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <extracomment>country MY</extracomment>
            <translation>马来西亚</translation>
        </message>
        <message>
            <source>Maldives</source>
            <extracomment>country MV</extracomment>
            <translation>马尔代夫</translation>
        </message>
        <message>
            <source>Mali</source>
            <extracomment>country ML</extracomment>
            <translation>马里</translation>
        </message>
        <message>
            <source>Malta</source>
            <extracomment>country MT</extracomment>
            <translation>马耳他</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>country MH</extracomment>
            <translation>马绍尔群岛</translation>
        </message>
        <message>
            <source>Martinique</source>
            <extracomment>country MQ</extracomment>
            <translation>马提尼克</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <extracomment>country MR</extracomment>
            <translation>毛里塔尼亚</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <extracomment>country MU</extracomment>
            <translation>毛里求斯</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <extracomment>country YT</extracomment>
            <translation>马约特</translation>
        </message>
        <message>
            <source>Mexico</source>
            <extracomment>country MX</extracomment>
            <translation>墨西哥</translation>
        </message>
        <message>
            <source>Micronesia, Federated States of</source>
            <extracomment>country FM</extracomment>
            <translation>密克罗尼西亚</translation>
        </message>
        <message>
            <source>Moldova</source>
            <extracomment>country MD</extracomment>
            <translation>摩尔多瓦</translation>
        </message>
        <message>
            <source>Monaco</source>
            <extracomment>country MC</extracomment>
            <translation>摩纳哥</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <extracomment>country MN</extracomment>
            <translation>蒙古</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <extracomment>country ME</extracomment>
            <translation>黑山</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <extracomment>country MS</extracomment>
            <translation>蒙塞拉特岛</translation>
        </message>
        <message>
            <source>Morocco</source>
            <extracomment>country MA</extracomment>
            <translation>摩洛哥</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <extracomment>country MZ</extracomment>
            <translation>莫桑比克</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <extracomment>country MM</extracomment>
            <translation>缅甸</translation>
        </message>
        <message>
            <source>Namibia</source>
            <extracomment>country NA</extracomment>
            <translation>纳米比亚</translation>
        </message>
        <message>
            <source>Nauru</source>
            <extracomment>country NR</extracomment>
            <translation>瑙鲁</translation>
        </message>
        <message>
            <source>Nepal</source>
            <extracomment>country NP</extracomment>
            <translation>尼泊尔</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <extracomment>country NL</extracomment>
            <translation>荷兰</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <extracomment>country NC</extracomment>
            <translation>新喀里多尼亚</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <extracomment>country NZ</extracomment>
            <translation>新西兰</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <extracomment>country NI</extracomment>
            <translation>尼加拉瓜</translation>
        </message>
        <message>
            <source>Niger</source>
            <extracomment>country NE</extracomment>
            <translation>尼日尔</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <extracomment>country NG</extracomment>
            <translation>尼日利亚</translation>
        </message>
        <message>
            <source>Niue</source>
            <extracomment>country NU</extracomment>
            <translation>纽埃</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <extracomment>country NF</extracomment>
            <translation>诺福克岛</translation>
        </message>
        <message>
            <source>North Korea</source>
            <extracomment>country KP</extracomment>
            <translation>朝鲜</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <extracomment>country MK</extracomment>
            <translation>北马其顿</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>country MP</extracomment>
            <translation>北马里亚纳群岛</translation>
        </message>
        <message>
            <source>Norway</source>
            <extracomment>country NO</extracomment>
            <translation>挪威</translation>
        </message>
        <message>
            <source>Oman</source>
            <extracomment>country OM</extracomment>
            <translation>阿曼</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <extracomment>country PK</extracomment>
            <translation>巴基斯坦</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>country PW</extracomment>
            <translation>帕劳</translation>
        </message>
        <message>
            <source>Palestine, State of</source>
            <extracomment>country PS</extracomment>
            <translation>巴勒斯坦</translation>
        </message>
        <message>
            <source>Panama</source>
            <extracomment>country PA</extracomment>
            <translation>巴拿马</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <extracomment>country PG</extracomment>
            <translation>巴布亚新几内亚</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <extracomment>country PY</extracomment>
            <translation>巴拉圭</translation>
        </message>
        <message>
            <source>Peru</source>
            <extracomment>country PE</extracomment>
            <translation>秘鲁</translation>
        </message>
        <message>
            <source>Philippines</source>
            <extracomment>country PH</extracomment>
            <translation>菲律宾</translation>
        </message>
        <message>
            <source>Pitcairn</source>
            <extracomment>country PN</extracomment>
            <translation>皮特凯恩群岛</translation>
        </message>
        <message>
            <source>Poland</source>
            <extracomment>country PL</extracomment>
            <translation>波兰</translation>
        </message>
        <message>
            <source>Portugal</source>
            <extracomment>country PT</extracomment>
            <translation>葡萄牙</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>country PR</extracomment>
            <translation>波多黎各</translation>
        </message>
        <message>
            <source>Qatar</source>
            <extracomment>country QA</extracomment>
            <translation>卡塔尔</translation>
        </message>
        <message>
            <source>Romania</source>
            <extracomment>country RO</extracomment>
            <translation>罗马尼亚</translation>
        </message>
        <message>
            <source>Russian Federation</source>
            <extracomment>country RU</extracomment>
            <translation>俄罗斯</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <extracomment>country RW</extracomment>
            <translation>卢旺达</translation>
        </message>
        <message>
            <source>Réunion</source>
            <extracomment>country RE</extracomment>
            <translation>留尼汪</translation>
        </message>
        <message>
            <source>Saint Barthélemy</source>
            <extracomment>country BL</extracomment>
            <translation>圣巴泰勒米</translation>
        </message>
        <message>
            <source>Saint Helena, Ascension and Tristan da Cunha</source>
            <extracomment>country SH</extracomment>
            <translation>圣赫勒拿-阿森松-特里斯坦达库尼亚</translation>
        </message>
        <message>
            <source>Saint Kitts and Nevis</source>
            <extracomment>country KN</extracomment>
            <translation>圣基茨和尼维斯</translation>
        </message>
        <message>
            <source>Saint Lucia</source>
            <extracomment>country LC</extracomment>
            <translation>圣卢西亚</translation>
        </message>
        <message>
            <source>Saint Martin (French part)</source>
            <extracomment>country MF</extracomment>
            <translation>法属圣马丁</translation>
        </message>
        <message>
            <source>Saint Pierre and Miquelon</source>
            <extracomment>country PM</extracomment>
            <translation>圣皮埃尔和密克隆</translation>
        </message>
        <message>
            <source>Saint Vincent and the Grenadines</source>
            <extracomment>country VC</extracomment>
            <translation>圣文森特和格林纳丁斯</translation>
        </message>
        <message>
            <source>Samoa</source>
            <extracomment>country WS</extracomment>
            <translation>萨摩亚</translation>
        </message>
        <message>
            <source>San Marino</source>
            <extracomment>country SM</extracomment>
            <translation>圣马力诺</translation>
        </message>
        <message>
            <source>Sao Tome and Principe</source>
            <extracomment>country ST</extracomment>
            <translation>圣多美和普林西比</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <extracomment>country SA</extracomment>
            <translation>沙特阿拉伯</translation>
        </message>
        <message>
            <source>Senegal</source>
            <extracomment>country SN</extracomment>
            <translation>塞内加尔</translation>
        </message>
        <message>
            <source>Serbia</source>
            <extracomment>country RS</extracomment>
            <translation>塞尔维亚</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <extracomment>country SC</extracomment>
            <translation>塞舌尔</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <extracomment>country SL</extracomment>
            <translation>塞拉利昂</translation>
        </message>
        <message>
            <source>Singapore</source>
            <extracomment>country SG</extracomment>
            <translation>新加坡</translation>
        </message>
        <message>
            <source>Sint Maarten (Dutch part)</source>
            <extracomment>country SX</extracomment>
            <translation>荷属圣马丁</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <extracomment>country SK</extracomment>
            <translation>斯洛伐克</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <extracomment>country SI</extracomment>
            <translation>斯洛文尼亚</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>country SB</extracomment>
            <translation>所罗门群岛</translation>
        </message>
        <message>
            <source>Somalia</source>
            <extracomment>country SO</extracomment>
            <translation>索马里</translation>
        </message>
        <message>
            <source>South Africa</source>
            <extracomment>country ZA</extracomment>
            <translation>南非</translation>
        </message>
        <message>
            <source>South Georgia and the South Sandwich Islands</source>
            <extracomment>country GS</extracomment>
            <translation>南乔治亚和南桑威奇群岛</translation>
        </message>
        <message>
            <source>South Korea</source>
            <extracomment>country KR</extracomment>
            <translation>韩国</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <extracomment>country SS</extracomment>
            <translation>南苏丹</translation>
        </message>
        <message>
            <source>Spain</source>
            <extracomment>country ES</extracomment>
            <translation>西班牙</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <extracomment>country LK</extracomment>
            <translation>斯里兰卡</translation>
        </message>
        <message>
            <source>Sudan</source>
            <extracomment>country SD</extracomment>
            <translation>苏丹</translation>
        </message>
        <message>
            <source>Suriname</source>
            <extracomment>country SR</extracomment>
            <translation>苏里南</translation>
        </message>
        <message>
            <source>Svalbard and Jan Mayen</source>
            <extracomment>country SJ</extracomment>
            <translation>斯瓦尔巴和扬马延</translation>
        </message>
        <message>
            <source>Sweden</source>
            <extracomment>country SE</extracomment>
            <translation>瑞典</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <extracomment>country CH</extracomment>
            <translation>瑞士</translation>
        </message>
        <message>
            <source>Syria</source>
            <extracomment>country SY</extracomment>
            <translation>叙利亚</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <extracomment>country TW</extracomment>
            <translation>台湾</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <extracomment>country TJ</extracomment>
            <translation>塔吉克斯坦</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <extracomment>country TZ</extracomment>
            <translation>坦桑尼亚</translation>
        </message>
        <message>
            <source>Thailand</source>
            <extracomment>country TH</extracomment>
            <translation>泰国</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <extracomment>country TL</extracomment>
            <translation>东帝汶</translation>
        </message>
        <message>
            <source>Togo</source>
            <extracomment>country TG</extracomment>
            <translation>多哥</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <extracomment>country TK</extracomment>
            <translation>托克劳</translation>
        </message>
        <message>
            <source>Tonga</source>
            <extracomment>country TO</extracomment>
            <translation>汤加</translation>
        </message>
        <message>
            <source>Trinidad and Tobago</source>
            <extracomment>country TT</extracomment>
            <translation>特里尼达和多巴哥</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <extracomment>country TN</extracomment>
            <translation>突尼斯</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <extracomment>country TM</extracomment>
            <translation>土库曼斯坦</translation>
        </message>
        <message>
            <source>Turks and Caicos Islands</source>
            <extracomment>country TC</extracomment>
            <translation>特克斯和凯科斯群岛</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <extracomment>country TV</extracomment>
            <translation>图瓦卢</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <extracomment>country TR</extracomment>
            <translation>土耳其</translation>
        </message>
        <message>
            <source>Uganda</source>
            <extracomment>country UG</extracomment>
            <translation>乌干达</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <extracomment>country UA</extracomment>
            <translation>乌克兰</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <extracomment>country AE</extracomment>
            <translation>阿联酋</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <extracomment>country GB</extracomment>
            <translation>英国</translation>
        </message>
        <message>
            <source>United States</source>
            <extracomment>country US</extracomment>
            <translation>美国</translation>
        </message>
        <message>
            <source>United States Minor Outlying Islands</source>
            <extracomment>country UM</extracomment>
            <translation>美国本土外小岛屿</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <extracomment>country UY</extracomment>
            <translation>乌拉圭</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <extracomment>country UZ</extracomment>
            <translation>乌兹别克斯坦</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <extracomment>country VU</extracomment>
            <translation>瓦努阿图</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <extracomment>country VE</extracomment>
            <translation>委内瑞拉</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <extracomment>country VN</extracomment>
            <translation>越南</translation>
        </message>
        <message>
            <source>Virgin Islands, British</source>
            <extracomment>country VG</extracomment>
            <translation>英属维尔京群岛</translation>
        </message>
        <message>
            <source>Virgin Islands, U.S.</source>
            <extracomment>country VI</extracomment>
            <translation>美属维尔京群岛</translation>
        </message>
        <message>
            <source>Wallis and Futuna</source>
            <extracomment>country WF</extracomment>
            <translation>瓦利斯和富图纳</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <extracomment>country EH</extracomment>
            <translation>西撒哈拉</translation>
        </message>
        <message>
            <source>Yemen</source>
            <extracomment>country YE</extracomment>
            <translation>也门</translation>
        </message>
        <message>
            <source>Zambia</source>
            <extracomment>country ZM</extracomment>
            <translation>赞比亚</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <extracomment>country ZW</extracomment>
            <translation>津巴布韦</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <extracomment>country AX</extracomment>
            <translation>奥兰群岛</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>{number} month</source>
            <translation>{number} 个月</translation>
        </message>
        <message>
            <source>{number} months</source>
            <translation>{number} 个月</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{filename}: {reason}</source>
            <translation>{filename}：{reason}</translation>
        </message>
        <message>
            <source>the password given for this PDF is not correct. Try again, or attach a copy saved without a password.</source>
            <translation>为此 PDF 输入的密码不正确。请再试一次，或附上一份不带密码保存的副本。</translation>
        </message>
        <message>
            <source>this PDF is protected by a password. Enter its password, or open it and save or print it as a new PDF without a password, then attach that copy.</source>
            <translation>此 PDF 受密码保护。请输入密码，或打开它并另存或打印为不带密码的新 PDF，然后附上该副本。</translation>
        </message>
        <message>
            <source>These attachments cannot be turned into pages; nothing else in the case was changed:</source>
            <translation>以下附件无法转换为页面；案件中的其他内容均未更改：</translation>
        </message>
        <message>
            <source>The fonts needed to make PDFs are missing from this installation (looked in {folder}). Reinstall Ombud Desktop.</source>
            <translation>此安装中缺少制作 PDF 所需的字体（查找位置：{folder}）。请重新安装 Ombud Desktop。</translation>
        </message>
        <message>
            <source>the {kind} image is damaged or incomplete and cannot be read. Open it in an image viewer to check it, or take the photo or scan again.</source>
            <translation>{kind} 图片已损坏或不完整，无法读取。请用图片查看器打开检查，或重新拍照或扫描。</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely. Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>图片太大，无法安全地放到页面上。请另存一份较小的副本（例如长边 4000 像素）并附上。</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely ({width} x {height} pixels). Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>图片太大，无法安全地放到页面上（{width} x {height} 像素）。请另存一份较小的副本（例如长边 4000 像素）并附上。</translation>
        </message>
        <message>
            <source>the file has more than {count} pages. Split it into smaller files.</source>
            <translation>文件超过 {count} 页。请把它拆分成较小的文件。</translation>
        </message>
        <message>
            <source>the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or print it as a new PDF, or scan the paper again, then attach the new copy.</source>
            <translation>PDF 已损坏，无法修复。请用 PDF 查看器打开并另存或打印为新的 PDF，或重新扫描纸质文件，然后附上新的副本。</translation>
        </message>
        <message>
            <source>the PDF has no pages. Attach a copy with content.</source>
            <translation>PDF 没有任何页面。请附上有内容的副本。</translation>
        </message>
        <message>
            <source>the PDF uses an encryption the app cannot open. Save it without a password in a PDF viewer, then attach that copy.</source>
            <translation>PDF 使用了本应用无法打开的加密方式。请在 PDF 查看器中不带密码另存，然后附上该副本。</translation>
        </message>
        <message>
            <source>The drawn signature is missing. Draw the signature again on the Consent page, or choose a typed or ink signature.</source>
            <translation>缺少手绘签名。请在“同意”页面重新绘制签名，或选择打字签名或墨水签名。</translation>
        </message>
        <message>
            <source>The drawn signature could not be read. Draw it again on the Consent page.</source>
            <translation>无法读取手绘签名。请在“同意”页面重新绘制。</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>PDF 文档</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>JPEG 图片</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>PNG 图片</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>GIF 图片</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>BMP 图片</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>TIFF 图片</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>WebP 图片</translation>
        </message>
        <message>
            <source>a HEIC/HEIF photo</source>
            <translation>HEIC/HEIF 照片</translation>
        </message>
        <message>
            <source>an AVIF photo</source>
            <translation>AVIF 照片</translation>
        </message>
        <message>
            <source>a JPEG 2000 image</source>
            <translation>JPEG 2000 图片</translation>
        </message>
        <message>
            <source>a PBM/PGM/PPM image</source>
            <translation>PBM/PGM/PPM 图片</translation>
        </message>
        <message>
            <source>a Photoshop (PSD) image</source>
            <translation>Photoshop (PSD) 图片</translation>
        </message>
        <message>
            <source>a QOI image</source>
            <translation>QOI 图片</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>纯文本</translation>
        </message>
        <message>
            <source>a ZIP archive or an office document (Word, Excel ...)</source>
            <translation>ZIP 压缩包或办公文档（Word、Excel 等）</translation>
        </message>
        <message>
            <source>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD or QOI</source>
            <translation>PDF、JPEG、PNG、TIFF、GIF、BMP、WebP、HEIC、AVIF、JPEG 2000、PBM/PGM/PPM、PSD 或 QOI</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes). Choose the file again, or scan it again.</source>
            <translation>文件是空的（0 字节）。请重新选择文件，或重新扫描。</translation>
        </message>
        <message>
            <source>this file is not a file type the app reads. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>本应用无法读取此文件类型。请附上 {formats} 文件：先把文档打印或另存为 PDF。</translation>
        </message>
        <message>
            <source>this file contains {kind}. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>此文件包含{kind}。请附上 {formats} 文件：先把文档打印或另存为 PDF。</translation>
        </message>
        <message>
            <source>the name says {expected} but the file contains {actual}. Check that this is the right file, or rename it to end in the right extension.</source>
            <translation>文件名表明是{expected}，但文件内容是{actual}。请确认这是正确的文件，或将其重命名为正确的扩展名。</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>the folder is read-only or you may not write to it</source>
            <translation>该文件夹是只读的，或您没有写入权限</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the disk is full. Free some space, then save again.</source>
            <translation>无法将 {name} 保存到 {folder}：磁盘已满。请腾出一些空间，然后再保存。</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the folder is read-only or you may not write to it. Choose a folder you can write to (--data-dir), then save again.</source>
            <translation>无法将 {name} 保存到 {folder}：该文件夹是只读的，或您没有写入权限。请选择一个您可以写入的文件夹（--data-dir），然后再保存。</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: {reason}. Check the disk, then save again.</source>
            <translation>无法将 {name} 保存到 {folder}：{reason}。请检查磁盘，然后再保存。</translation>
        </message>
        <message>
            <source>Case {case_id} cannot be opened. {problem} Every other case opens as usual. If it cannot be repaired, delete it (select it and choose Delete, or run `ombud-desktop case delete {case_id} --yes`).</source>
            <translation>无法打开案件 {case_id}。{problem} 其他所有案件都能正常打开。如果无法修复，请删除它（选中它并选择“删除”，或运行 `ombud-desktop case delete {case_id} --yes`）。</translation>
        </message>
        <message>
            <source>Case {case_id} already exists; nothing was overwritten.</source>
            <translation>案件 {case_id} 已存在；没有覆盖任何内容。</translation>
        </message>
        <message>
            <source>There is no case {case_id} in {folder}.</source>
            <translation>{folder} 中没有案件 {case_id}。</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>无法读取 {path}：{reason}。</translation>
        </message>
        <message>
            <source>Case {case_id} has no attachment {attachment_id}.</source>
            <translation>案件 {case_id} 没有附件 {attachment_id}。</translation>
        </message>
        <message>
            <source>The file {path} is damaged or was changed outside Ombud Desktop ({detail}).</source>
            <translation>文件 {path} 已损坏，或在 Ombud Desktop 之外被更改过（{detail}）。</translation>
        </message>
        <message>
            <source>A hand-off file needs a passphrase to protect it.</source>
            <translation>交接文件需要一个密码短语来保护它。</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name (nothing was changed).</source>
            <translation>{path} 已存在；请选择其他文件名（没有做任何更改）。</translation>
        </message>
        <message>
            <source>Cancelled. No hand-off file was written.</source>
            <translation>已取消。没有写入任何移交文件。</translation>
        </message>
        <message>
            <source>The hand-off file {name} asks for far more memory or time to open than Ombud Desktop ever uses, so it was not opened: it was not made by this app, or it was changed. Ask the sender to make it again.</source>
            <translation>交接文件 {name} 打开时要求的内存或时间远超 Ombud Desktop 实际使用的量，因此未打开：它不是本应用制作的，或者已被改动。请让发送者重新制作。</translation>
        </message>
        <message>
            <source>That passphrase does not open the hand-off file {name}. Ask the person who made it for the passphrase they chose.</source>
            <translation>该密码短语打不开交接文件 {name}。请向制作该文件的人索取他们设定的密码短语。</translation>
        </message>
        <message>
            <source>The hand-off file {name} holds a case this app cannot use ({problem}). Nothing was imported. Ask the person who sent it to make the hand-off file again with Ombud Desktop.</source>
            <translation>交接文件 {name} 中的案件无法被本应用使用（{problem}）。未导入任何内容。请让发送者用 Ombud Desktop 重新制作交接文件。</translation>
        </message>
        <message>
            <source>Case {case_id} is already in this vault. Nothing was changed. Import it as a new case (--new-id) or replace the one here (--replace).</source>
            <translation>案件 {case_id} 已在此加密库中。没有做任何更改。请将其作为新案件导入（--new-id），或替换这里的案件（--replace）。</translation>
        </message>
        <message>
            <source>No secure system keyring is available here. Protect the vault with a passphrase instead.</source>
            <translation>这里没有安全的系统钥匙环。请改用密码短语来保护加密库。</translation>
        </message>
        <message>
            <source>The system keyring refused to store the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>系统钥匙环拒绝保存加密库的密钥（{problem}）。请解锁您的钥匙环（登录桌面会话）后再试，或改用加密库的密码短语或恢复密钥。</translation>
        </message>
        <message>
            <source>The vault key is kept in the system keyring, but no secure keyring is available now (for example, no desktop session). Unlock with the vault passphrase or recovery key instead.</source>
            <translation>加密库的密钥保存在系统钥匙环中，但现在没有可用的安全钥匙环（例如没有桌面会话）。请改用加密库的密码短语或恢复密钥解锁。</translation>
        </message>
        <message>
            <source>The system keyring refused to give the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>系统钥匙环拒绝提供加密库的密钥（{problem}）。请解锁您的钥匙环（登录桌面会话）后再试，或改用加密库的密码短语或恢复密钥。</translation>
        </message>
        <message>
            <source>The system keyring does not hold this vault's key (it may be another user's keyring or a new computer). Unlock with the vault passphrase or recovery key.</source>
            <translation>系统钥匙环中没有此加密库的密钥（可能是其他用户的钥匙环，或是一台新电脑）。请用加密库的密码短语或恢复密钥解锁。</translation>
        </message>
        <message>
            <source>The vault key in the system keyring is damaged. Unlock with the vault passphrase or recovery key.</source>
            <translation>系统钥匙环中的加密库密钥已损坏。请用加密库的密码短语或恢复密钥解锁。</translation>
        </message>
        <message>
            <source>This vault is not kept in the system keyring; unlock it with its passphrase.</source>
            <translation>此加密库没有保存在系统钥匙环中；请用它的密码短语解锁。</translation>
        </message>
        <message>
            <source>The key in the system keyring does not open this vault (or its key file {path} is damaged). Unlock with the passphrase or recovery key.</source>
            <translation>系统钥匙环中的密钥打不开此加密库（或其密钥文件 {path} 已损坏）。请用密码短语或恢复密钥解锁。</translation>
        </message>
        <message>
            <source>This vault has no passphrase; it is unlocked through the system keyring.</source>
            <translation>此加密库没有密码短语；它通过系统钥匙环解锁。</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check it (Caps Lock, keyboard layout) and try again. If you are sure it is right, the key file {path} may be damaged: use your recovery key.</source>
            <translation>该密码短语打不开此加密库。请检查（大写锁定、键盘布局）后再试。如果您确定它是正确的，密钥文件 {path} 可能已损坏：请使用您的恢复密钥。</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault. Check each group of four characters and try again.</source>
            <translation>该恢复密钥打不开此加密库。请检查每组四个字符后再试。</translation>
        </message>
        <message>
            <source>The file {path} is missing.</source>
            <translation>文件 {path} 不见了。</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: there is no backup copy. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} 无法自动恢复：没有备份副本。该文件未被改动；请保留它，并向您的支持联系人求助。</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: its backup copy is damaged too. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} 无法自动恢复：它的备份副本也已损坏。该文件未被改动；请保留它，并向您的支持联系人求助。</translation>
        </message>
        <message>
            <source>{path} was changed on disk (by another window or program) after it was opened here, so it was not overwritten. Your changes are still on screen: reopen the case to see the other version, or save yours as a copy.</source>
            <translation>{path} 在这里打开后，在磁盘上被（另一个窗口或程序）更改了，因此没有覆盖它。您的更改仍在屏幕上：请重新打开案件查看另一个版本，或将您的版本另存为副本。</translation>
        </message>
        <message>
            <source>{path} was removed after it was opened here; it was not recreated silently.</source>
            <translation>{path} 在这里打开后被删除了；没有悄悄地重新创建它。</translation>
        </message>
        <message>
            <source>The vault in {folder} is in use by {holder}. Close Ombud Desktop there (or wait for that command to finish) and try again.</source>
            <translation>{folder} 中的加密库正在被 {holder} 使用。请关闭那里的 Ombud Desktop（或等待该命令完成）后再试。</translation>
        </message>
        <message>
            <source>Opened read-only: the vault is in use by {holder}. Changes cannot be saved until it is closed.</source>
            <translation>已以只读方式打开：加密库正在被 {holder} 使用。在其关闭之前无法保存更改。</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>无法写入数据文件夹 {folder}：{reason}。请用 --data-dir（或 OMBUD_DATA_DIR）选择其他文件夹。</translation>
        </message>
        <message>
            <source>Opened read-only. The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>已以只读方式打开。无法写入数据文件夹 {folder}：{reason}。请用 --data-dir（或 OMBUD_DATA_DIR）选择其他文件夹。</translation>
        </message>
        <message>
            <source>The vault was opened read-only; changes cannot be saved.</source>
            <translation>加密库以只读方式打开；无法保存更改。</translation>
        </message>
        <message>
            <source>There is no vault in {folder} yet. Create one with `ombud-desktop vault init` (or open the app).</source>
            <translation>{folder} 中还没有加密库。请用 `ombud-desktop vault init` 创建一个（或打开本应用）。</translation>
        </message>
        <message>
            <source>A vault already exists in {folder}; it was left as is.</source>
            <translation>{folder} 中已有一个加密库；它保持原样。</translation>
        </message>
        <message>
            <source>No secure system keyring is available here: choose a passphrase to protect the vault.</source>
            <translation>这里没有安全的系统钥匙环：请选择一个密码短语来保护加密库。</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>加密库已锁定。请先解锁。</translation>
        </message>
        <message>
            <source>Enter the vault passphrase to make a new recovery key: the vault key changes, and the passphrase must be attached to the new one.</source>
            <translation>请输入加密库密码短语以生成新的恢复密钥：加密库密钥会更换，密码短语必须绑定到新密钥上。</translation>
        </message>
        <message>
            <source>The retention period must be between 1 and {most} days.</source>
            <translation>保留期限必须在 1 到 {most} 天之间。</translation>
        </message>
        <message>
            <source>{case_id} is not a case id (see `case list`).</source>
            <translation>{case_id} 不是案件编号（请查看 `case list`）。</translation>
        </message>
        <message>
            <source>There is not enough free space in {folder} to save the export. Nothing was saved. Free some space or choose another folder (for example a USB stick), then export again.</source>
            <translation>{folder} 中没有足够的可用空间来保存导出内容。没有保存任何内容。请腾出一些空间或选择其他文件夹（例如 U 盘），然后再导出。</translation>
        </message>
        <message>
            <source>The app may not write in {folder}. Nothing was saved. Choose another folder, then export again.</source>
            <translation>本应用无法写入 {folder}。没有保存任何内容。请选择其他文件夹，然后再导出。</translation>
        </message>
        <message>
            <source>The export could not be saved in {folder} ({reason}). Nothing was saved. Choose another folder, then export again.</source>
            <translation>无法将导出内容保存到 {folder}（{reason}）。没有保存任何内容。请选择其他文件夹，然后再导出。</translation>
        </message>
        <message>
            <source>The computer ran out of memory making the package. Close other programs, or leave out very large documents, then try again.</source>
            <translation>制作文件包时电脑内存不足。请关闭其他程序，或不要包含非常大的文档，然后再试。</translation>
        </message>
        <message>
            <source>Something went wrong while making the package ({kind}). Nothing was saved and your case is unchanged. Try again; if it happens again, choose another way to send.</source>
            <translation>制作文件包时出了问题（{kind}）。没有保存任何内容，您的案件也没有改变。请再试一次；如果再次发生，请选择其他发送方式。</translation>
        </message>
        <message>
            <source>The list of the Ombudsman's addresses ({path}) could not be read ({reason}). Reinstall the app.</source>
            <translation>无法读取监察专员地址列表（{path}）（{reason}）。请重新安装本应用。</translation>
        </message>
        <message>
            <source>These documents are listed, but their files were never added to the app: {names}. Attach the files (or remove them from the list), then export again.</source>
            <translation>这些文档已列出，但它们的文件从未添加到本应用：{names}。请附上这些文件（或从列表中删除），然后再导出。</translation>
        </message>
        <message>
            <source>{path} is not an export of this case (its manifest.json does not say so); nothing was deleted.</source>
            <translation>{path} 不是此案件的导出内容（其 manifest.json 没有这样写）；没有删除任何内容。</translation>
        </message>
        <message>
            <source>{path} could not be deleted ({reason}). Close any program using it and try again, or delete it yourself.</source>
            <translation>无法删除 {path}（{reason}）。请关闭正在使用它的程序后再试，或自行删除。</translation>
        </message>
        <message>
            <source>the export process stopped</source>
            <translation>导出进程已停止</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was added.</source>
            <translation>已取消。没有添加任何内容。</translation>
        </message>
        <message>
            <source>it is too short or too simple.</source>
            <translation>太短或太简单。</translation>
        </message>
        <message>
            <source>it is one of the passwords people use most.</source>
            <translation>它是最常用的密码之一。</translation>
        </message>
        <message>
            <source>it is made of a few common words or names.</source>
            <translation>它只由几个常见单词或名字组成。</translation>
        </message>
        <message>
            <source>it repeats the same letters or words.</source>
            <translation>它重复了相同的字母或单词。</translation>
        </message>
        <message>
            <source>it follows a sequence or a keyboard row (abc, 123, qwerty).</source>
            <translation>它是连续序列或键盘上的一行（abc、123、qwerty）。</translation>
        </message>
        <message>
            <source>it is built around a date or a year.</source>
            <translation>它以日期或年份为基础。</translation>
        </message>
        <message>
            <source>it contains a name or number from the case.</source>
            <translation>它包含案件中的姓名或号码。</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: {reason} Use five or more words that do not belong together, for example: {suggestion}</source>
            <translation>此密码短语太容易被猜到：{reason} 请使用五个或更多互不相关的单词，例如：{suggestion}</translation>
        </message>
        <message>
            <source>This request must be signed by hand in ink (T, U, VAWA, asylum and refugee cases), and its signed page has not been added. Print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page', or on the command line: ombud-desktop case attach ID FILE --category signed_form. Then export again, or send it by mail and sign the printed form. Nothing was saved.</source>
            <translation>此申请必须用墨水亲笔签名（T、U、VAWA、庇护和难民案件），但尚未添加已签名的页面。请打印需签名的页面，用墨水签名并写上日期，然后用“添加已签名的页面”添加已签名的页面（扫描件或手机照片），或在命令行中运行：ombud-desktop case attach ID FILE --category signed_form。然后重新导出，或通过邮寄方式寄送并在打印的表格上签名。未保存任何内容。</translation>
        </message>
        <message>
            <source>The file {path} is an older copy of case {case_id} (version {found}; this vault last saved version {latest}): it was put there from outside Ombud Desktop, so it was not used.</source>
            <translation>文件 {path} 是案件 {case_id} 的旧副本（版本 {found}；本加密库最后保存的是版本 {latest}）：它是从 Ombud Desktop 之外放进去的，因此未被使用。</translation>
        </message>
        <message>
            <source>{problem} No newer copy is left in the data folder. If you put this copy back yourself from a backup, open it and choose “Use this older copy” (or run `ombud-desktop case accept-older {case_id}`); otherwise delete the case or ask your support contact.</source>
            <translation>{problem} 数据文件夹中已没有更新的副本。如果是您自己从备份中放回了这个副本，请打开它并选择“使用这个旧副本”（或运行 `ombud-desktop case accept-older {case_id}`）；否则请删除该案件或咨询您的支持联系人。</translation>
        </message>
    </context>
    <context>
        <name>export_steps</name>
        <message>
            <source>Making the fax cover sheet</source>
            <translation>正在制作传真封面页</translation>
        </message>
        <message>
            <source>Putting the form and documents together</source>
            <translation>正在把表格和文件放在一起</translation>
        </message>
        <message>
            <source>Making the pages grayscale for the fax</source>
            <translation>正在把页面转为灰度以便传真</translation>
        </message>
        <message>
            <source>Making the fax TIFF file</source>
            <translation>正在生成传真 TIFF 文件</translation>
        </message>
        <message>
            <source>Stamping the name and page number on each page</source>
            <translation>正在每页上加盖姓名和页码</translation>
        </message>
        <message>
            <source>Making the form PDF</source>
            <translation>正在制作表格 PDF</translation>
        </message>
        <message>
            <source>Turning the documents into pages</source>
            <translation>正在把文件转成页面</translation>
        </message>
        <message>
            <source>Writing the cover letter</source>
            <translation>正在写附信</translation>
        </message>
        <message>
            <source>Making the checklist and the address page</source>
            <translation>正在制作核对清单和地址页</translation>
        </message>
        <message>
            <source>Writing README.txt and the checksums</source>
            <translation>正在写 README.txt 和校验值</translation>
        </message>
        <message>
            <source>Making the email message</source>
            <translation>正在制作电子邮件</translation>
        </message>
        <message>
            <source>Saving the email and its attachments</source>
            <translation>正在保存电子邮件及其附件</translation>
        </message>
        <message>
            <source>Saving the fax</source>
            <translation>正在保存传真</translation>
        </message>
        <message>
            <source>Saving the print packet</source>
            <translation>正在保存打印用的文件包</translation>
        </message>
        <message>
            <source>Reading the case</source>
            <translation>正在读取案件</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>An A-Number is the letter A and 7 to 9 digits, like A123-456-789.</source>
            <extracomment>finding code a_number.format</extracomment>
            <translation>A号码（A-Number）是字母 A 加 7 到 9 位数字，例如 A123-456-789。</translation>
        </message>
        <message>
            <source>Give the date of this contact with USCIS. It shows whether USCIS has had time to fix the problem.</source>
            <extracomment>finding code actions_taken.date_missing</extracomment>
            <translation>请填写这次联系 USCIS 的日期。它能说明 USCIS 是否已有时间解决问题。</translation>
        </message>
        <message>
            <source>{value} is not one of the choices here. Pick one from the list.</source>
            <extracomment>finding code choice.unknown</extracomment>
            <translation>{value} 不在选项中。请从列表中选择一项。</translation>
        </message>
        <message>
            <source>When you help someone else, they must agree to and sign the consent on this form, or you must attach their signed consent (document type: Signed consent).</source>
            <extracomment>finding code consent.helper_required</extracomment>
            <translation>如果您是帮助别人，对方必须同意并签署本表中的同意书，或者您必须附上对方签字的同意书（文件类型：已签字的同意书）。</translation>
        </message>
        <message>
            <source>The person with the case must agree to the consent. Without it the Ombudsman cannot work on the case.</source>
            <extracomment>finding code consent.not_agreed</extracomment>
            <translation>案件当事人必须同意这份同意书。没有同意，监察专员无法处理这个案件。</translation>
        </message>
        <message>
            <source>Say who filled in or read this form to the person, and in which language.</source>
            <extracomment>finding code consent.preparer_statement_missing</extracomment>
            <translation>请写明是谁填写了这份表格或读给当事人听，用的是哪种语言。</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax, print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page'. By mail, sign the printed form itself.</source>
            <extracomment>finding code consent.signed_form_missing</extracomment>
            <translation>此表格须用墨水亲笔签名。如要通过电子邮件或传真发送，请打印需签名的页面，用墨水签名并写上日期，然后用“添加已签名的页面”添加已签名的页面（扫描件或手机照片）。如邮寄，请在打印的表格上签名。</translation>
        </message>
        <message>
            <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose 'Print, sign in ink, and scan'.</source>
            <extracomment>finding code consent.wet_ink_required</extracomment>
            <translation>T、U、VAWA、庇护和难民案件的同意书必须用笔亲手签名。请选择“打印、用笔签名后扫描”。</translation>
        </message>
        <message>
            <source>Contact USCIS first: call 1-800-375-5283 or send an e-Request. The Ombudsman expects you to have tried USCIS in the last 90 days.</source>
            <extracomment>finding code contact.none</extracomment>
            <translation>请先联系 USCIS：拨打 1-800-375-5283 或发送 e-Request。监察专员希望您在最近 90 天内已经联系过 USCIS。</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was {days} days ago. The Ombudsman expects a contact in the last 90 days: contact USCIS again first.</source>
            <extracomment>finding code contact.too_old</extracomment>
            <translation>您上次联系 USCIS 是 {days} 天前。监察专员希望您在最近 90 天内联系过：请先再次联系 USCIS。</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was only {days} days ago. The Ombudsman asks you to give USCIS at least 60 days to fix the problem (until {wait_until}).</source>
            <extracomment>finding code contact.too_recent</extracomment>
            <translation>您上次联系 USCIS 才 {days} 天。监察专员请您给 USCIS 至少 60 天时间解决问题（到 {wait_until} 为止）。</translation>
        </message>
        <message>
            <source>{value} is not a country we know. It is kept as you typed it; check the spelling or pick a country from the list.</source>
            <extracomment>finding code country.unknown</extracomment>
            <translation>我们不认识国家“{value}”。已按您输入的内容保存；请检查拼写，或从列表中选择国家。</translation>
        </message>
        <message>
            <source>Enter a real date as mm/dd/yyyy, like 03/14/2026.</source>
            <extracomment>finding code date.format</extracomment>
            <translation>请输入真实的日期，格式为 月/日/年（mm/dd/yyyy），例如 03/14/2026。</translation>
        </message>
        <message>
            <source>This date ({date}) is after today. Check it.</source>
            <extracomment>finding code date.future</extracomment>
            <translation>这个日期（{date}）晚于今天。请检查。</translation>
        </message>
        <message>
            <source>The file of "{title}" was never added. Add the file on the documents step, or remove the document from the list.</source>
            <extracomment>finding code documents.file_missing</extracomment>
            <translation>“{title}”的文件从未添加。请在文件步骤中添加该文件，或将该文件从列表中删除。</translation>
        </message>
        <message>
            <source>"{title}" is {size} MB, more than one email of {limit} MB can carry: an email export leaves it out, and says so, for you to send it by fax or mail. Or scan it again with fewer pages or at a lower resolution.</source>
            <extracomment>finding code documents.too_big_for_email</extracomment>
            <translation>“{title}”有 {size} MB，超过一封 {limit} MB 的电子邮件所能携带的大小：电子邮件导出会将其排除并加以说明，以便您通过传真或邮寄发送。或者用更少的页数或更低的分辨率重新扫描。</translation>
        </message>
        <message>
            <source>This does not look like an email address. It should look like name@example.org.</source>
            <extracomment>finding code email.format</extracomment>
            <translation>这看起来不像电子邮件地址。应该像 name@example.org 这样。</translation>
        </message>
        <message>
            <source>Give the receipt number, or say why there is none.</source>
            <extracomment>finding code filing.no_receipt_reason</extracomment>
            <translation>请填写收据号码，或说明为什么没有。</translation>
        </message>
        <message>
            <source>List at least one application or petition you filed with USCIS.</source>
            <extracomment>finding code filings.none</extracomment>
            <translation>请至少列出一份您向 USCIS 递交的申请或请愿书。</translation>
        </message>
        <message>
            <source>{value} does not look like a USCIS form number such as I-130 or N-400. Check the top of the form you filed.</source>
            <extracomment>finding code form_number.format</extracomment>
            <translation>{value} 不像 USCIS 的表格编号（例如 I-130 或 N-400）。请看您递交的表格顶部。</translation>
        </message>
        <message>
            <source>An attorney or accredited representative must attach a copy of the Form G-28 that is on file with USCIS (document type: Form G-28).</source>
            <extracomment>finding code g28.missing</extracomment>
            <translation>律师或经认证的代理人必须附上 USCIS 存档的 G-28 表格副本（文件类型：G-28 表格）。</translation>
        </message>
        <message>
            <source>Enter a number of 0 or more, like 14.</source>
            <extracomment>finding code number.format</extracomment>
            <translation>请输入 0 或更大的数字，例如 14。</translation>
        </message>
        <message>
            <source>Enter the phone number with its area code, like 202-555-0142, or start with + and the country code for a number outside the U.S.</source>
            <extracomment>finding code phone.format</extracomment>
            <translation>请输入带区号的电话号码，例如 202-555-0142；美国以外的号码请以 + 和国家代码开头。</translation>
        </message>
        <message>
            <source>A U.S. ZIP code is 5 digits, or 5 + 4 digits, like 20528 or 20528-0180.</source>
            <extracomment>finding code postal_code.us_zip</extracomment>
            <translation>美国邮政编码（ZIP）是 5 位数字，或 5+4 位数字，例如 20528 或 20528-0180。</translation>
        </message>
        <message>
            <source>By these dates the case has waited {months_pending} months, not longer than the posted {posted_months} months. The Ombudsman usually helps only after that time has passed.</source>
            <extracomment>finding code processing.not_past</extracomment>
            <translation>按这些日期，案件已等了 {months_pending} 个月，没有超过公布的 {posted_months} 个月。监察专员通常在超过这个时间后才提供帮助。</translation>
        </message>
        <message>
            <source>Give USCIS's posted processing time in months, so we can show how long past it your case is.</source>
            <extracomment>finding code processing.posted_time_missing</extracomment>
            <translation>请填写 USCIS 公布的处理时间（以月计），这样我们能算出您的案件超出了多久。</translation>
        </message>
        <message>
            <source>Add the receipt date of your application, so we can count how long it has waited.</source>
            <extracomment>finding code processing.receipt_date_missing</extracomment>
            <translation>请加上您申请的收件日期，这样我们能算出它等了多久。</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months.</source>
            <extracomment>finding code processing.summary</extracomment>
            <translation>最早的申请于 {receipt_date} 收到，已等待 {months_pending} 个月。</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months: {months_past} months past the posted processing time of {posted_months} months, which ended on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_past</extracomment>
            <translation>最早的申请于 {receipt_date} 收到，已等待 {months_pending} 个月：比公布的 {posted_months} 个月处理时间多了 {months_past} 个月，公布的时间已于 {posted_time_ends} 结束。</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months. The posted processing time of {posted_months} months ends on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_within</extracomment>
            <translation>最早的申请于 {receipt_date} 收到，已等待 {months_pending} 个月。公布的 {posted_months} 个月处理时间于 {posted_time_ends} 结束。</translation>
        </message>
        <message>
            <source>You chose emergency or hardship: describe it, so the Ombudsman can see why it is urgent.</source>
            <extracomment>finding code reasons.hardship_description_missing</extracomment>
            <translation>您选择了紧急情况或困难：请描述一下，让监察专员明白为什么紧急。</translation>
        </message>
        <message>
            <source>This receipt number is listed twice. Remove one of them.</source>
            <extracomment>finding code receipt_number.duplicate</extracomment>
            <translation>这个收据号码出现了两次。请删除一个。</translation>
        </message>
        <message>
            <source>A receipt number is 3 letters and 10 digits, like IOE0912345678. Check it against your receipt notice.</source>
            <extracomment>finding code receipt_number.format</extracomment>
            <translation>收据号码是 3 个字母加 10 位数字，例如 IOE0912345678。请和您的收据通知核对。</translation>
        </message>
        <message>
            <source>{prefix} is not a receipt-number start we know. Check the letters on your receipt notice; if they match, keep it.</source>
            <extracomment>finding code receipt_number.unknown_prefix</extracomment>
            <translation>我们不认识以 {prefix} 开头的收据号码。请核对收据通知上的字母；如果一致，就保留。</translation>
        </message>
        <message>
            <source>Worth answering if you can: {label}</source>
            <extracomment>finding code recommended</extracomment>
            <translation>如果可以，最好回答：{label}</translation>
        </message>
        <message>
            <source>This needs an answer: {label}</source>
            <extracomment>finding code required</extracomment>
            <translation>这一项需要回答：{label}</translation>
        </message>
        <message>
            <source>Where to go instead: a nonprofit immigration legal service (free or low-cost ones are listed by ImmigrationLawHelp.org); the Justice Department's list of recognized organizations and accredited representatives (EOIR); or your state bar association's lawyer referral service.</source>
            <extracomment>finding code screening.where_to_go</extracomment>
            <translation>可以改去哪里：非营利的移民法律服务机构（ImmigrationLawHelp.org 列有免费或低收费的机构）；美国司法部的认可组织和认可代表名单（EOIR）；或您所在州律师协会的律师转介服务。</translation>
        </message>
        <message>
            <source>This answer holds invisible control characters ({chars}), often copied along with pasted text. Delete the answer and type it again.</source>
            <extracomment>finding code text.control_characters</extracomment>
            <translation>此回答含有看不见的控制字符（{chars}），通常是随粘贴的文字一起复制进来的。请删除此回答并重新输入。</translation>
        </message>
        <message>
            <source>This answer should be a list of choices.</source>
            <extracomment>finding code type.wrong.array</extracomment>
            <translation>这个答案应该是一组选项。</translation>
        </message>
        <message>
            <source>This answer should be yes or no (true or false).</source>
            <extracomment>finding code type.wrong.boolean</extracomment>
            <translation>这个答案应该是“是”或“否”（true 或 false）。</translation>
        </message>
        <message>
            <source>This should be a group of answers ({{ ... }}), not a single value.</source>
            <extracomment>finding code type.wrong.group</extracomment>
            <translation>这里应该是一组答案（{{ ... }}），而不是一个值。</translation>
        </message>
        <message>
            <source>This should be a list of items ([ ... ]).</source>
            <extracomment>finding code type.wrong.list</extracomment>
            <translation>这里应该是一个项目列表（[ ... ]）。</translation>
        </message>
        <message>
            <source>This answer should be a number.</source>
            <extracomment>finding code type.wrong.number</extracomment>
            <translation>这个答案应该是一个数字。</translation>
        </message>
        <message>
            <source>This answer should be text.</source>
            <extracomment>finding code type.wrong.string</extracomment>
            <translation>这个答案应该是文字。</translation>
        </message>
        <message>
            <source>Ombud Desktop does not know the answer "{field}". It is kept, but it is not printed on the form. Check the spelling of its name.</source>
            <extracomment>finding code unknown_field</extracomment>
            <translation>Ombud Desktop 不认识答案“{field}”。它会被保留，但不会打印在表格上。请检查它的名称拼写。</translation>
        </message>
        <message>
            <source>The Ombudsman cannot change a USCIS decision you disagree with. It can help when USCIS made a mistake or a delay. To challenge a decision, ask a lawyer about an appeal.</source>
            <extracomment>finding code screening.blocker.disagrees_no_error</extracomment>
            <translation>监察专员不能更改您不同意的 USCIS 决定。当 USCIS 出错或拖延时，它可以帮忙。如要对决定提出异议，请向律师咨询上诉。</translation>
        </message>
        <message>
            <source>The Ombudsman only helps with problems with USCIS. Other agencies, like the State Department or the immigration courts, are not part of its work.</source>
            <extracomment>finding code screening.blocker.not_uscis</extracomment>
            <translation>监察专员只帮助解决与 USCIS 有关的问题。其他机构，例如国务院或移民法庭，不在其工作范围内。</translation>
        </message>
        <message>
            <source>The Ombudsman cannot give legal advice. A lawyer or an accredited representative can.</source>
            <extracomment>finding code screening.blocker.wants_legal_advice</extracomment>
            <translation>监察专员不能提供法律建议。律师或经认证的代理人可以。</translation>
        </message>
        <message>
            <source>You chose to send the request anyway. The Ombudsman may answer that it cannot help.</source>
            <extracomment>finding code screening.continue_anyway</extracomment>
            <translation>您选择了仍然发送请求。监察专员可能会回复说无法帮助。</translation>
        </message>
        <message>
            <source>The Ombudsman does not give legal advice, cannot overrule a USCIS decision, and only works on problems with USCIS.</source>
            <extracomment>finding code screening.limits</extracomment>
            <translation>监察专员不提供法律建议，不能推翻 USCIS 的决定，只处理与 USCIS 有关的问题。</translation>
        </message>
        <message>
            <source>From your answers, the Ombudsman may be able to help. Contact USCIS first if you have not: the Ombudsman expects that you tried.</source>
            <extracomment>finding code screening.may_help</extracomment>
            <translation>根据您的答案，监察专员也许能帮忙。如果还没有联系 USCIS，请先联系：监察专员希望您已经尝试过。</translation>
        </message>
        <message>
            <source>Choose at least one reason you need help. The Ombudsman helps with delays, mistakes and problems USCIS did not fix.</source>
            <extracomment>finding code screening.no_reason</extracomment>
            <translation>请至少选择一个您需要帮助的原因。监察专员帮助处理拖延、错误和 USCIS 没有解决的问题。</translation>
        </message>
        <message>
            <source>Give at least one way to reach the person: phone, email, fax or a mailing address.</source>
            <extracomment>finding code subject.no_contact</extracomment>
            <translation>请至少提供一种联系当事人的方式：电话、电子邮件、传真或邮寄地址。</translation>
        </message>
        <message>
            <source>{value} is not a U.S. state or territory. Pick one from the list.</source>
            <extracomment>finding code us_state.unknown</extracomment>
            <translation>{value} 不是美国的州或属地。请从列表中选择。</translation>
        </message>
        <message>
            <source>A USCIS online account number has 12 digits.</source>
            <extracomment>finding code uscis_account.format</extracomment>
            <translation>USCIS 网上账户号码是 12 位数字。</translation>
        </message>
    </context>
    <context>
        <name>formspec</name>
        <message>
            <source>Can the Ombudsman help?</source>
            <extracomment>section screening: title</extracomment>
            <translation>监察专员（Ombudsman）能帮您吗？</translation>
        </message>
        <message>
            <source>The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or went wrong. A few questions first show whether it can help with yours.</source>
            <extracomment>section screening: intro</extracomment>
            <translation>CIS 监察专员（CIS Ombudsman）是一个小办公室，在您和 USCIS 的案件卡住或出错时提供帮助。先回答几个问题，看看它能否帮助您的案件。</translation>
        </message>
        <message>
            <source>What is happening with your case?</source>
            <extracomment>screening.reasons: label</extracomment>
            <translation>您的案件出了什么情况？</translation>
        </message>
        <message>
            <source>Pick every line that fits. The Ombudsman only helps with problems like these, so this tells us if this form is the right way to get help.</source>
            <extracomment>screening.reasons: help</extracomment>
            <translation>请选出所有符合的项。监察专员只帮助这类问题，所以这能告诉我们这份表格是不是求助的正确途径。</translation>
        </message>
        <message>
            <source>An emergency or hardship caused by a USCIS mistake or delay</source>
            <extracomment>screening.reasons = hardship</extracomment>
            <translation>USCIS 的错误或拖延造成了紧急情况或困难</translation>
        </message>
        <message>
            <source>I asked USCIS customer service and it is still not fixed</source>
            <extracomment>screening.reasons = unresolved</extracomment>
            <translation>我问过 USCIS 客服，问题仍没有解决</translation>
        </message>
        <message>
            <source>My case has waited longer than USCIS's posted processing time</source>
            <extracomment>screening.reasons = beyond_processing_time</extracomment>
            <translation>我的案件等待时间已超过 USCIS 公布的处理时间</translation>
        </message>
        <message>
            <source>USCIS made a mistake with my case</source>
            <extracomment>screening.reasons = uscis_error</extracomment>
            <translation>USCIS 在我的案件上出了错</translation>
        </message>
        <message>
            <source>Do any of these fit your situation?</source>
            <extracomment>screening.blockers: label</extracomment>
            <translation>下面有符合您情况的吗？</translation>
        </message>
        <message>
            <source>Pick any that are true. The Ombudsman cannot help with these, and it is better to know now than to wait for an answer that says no.</source>
            <extracomment>screening.blockers: help</extracomment>
            <translation>请选出属实的项。监察专员无法帮助这些情况，现在知道总比等来一个拒绝的答复好。</translation>
        </message>
        <message>
            <source>I want legal advice about my case</source>
            <extracomment>screening.blockers = wants_legal_advice</extracomment>
            <translation>我想得到关于我案件的法律建议</translation>
        </message>
        <message>
            <source>My problem is with another office, not USCIS</source>
            <extracomment>screening.blockers = not_uscis</extracomment>
            <translation>我的问题是和别的机构有关，不是 USCIS</translation>
        </message>
        <message>
            <source>I disagree with a USCIS decision, but I cannot point to a mistake</source>
            <extracomment>screening.blockers = disagrees_no_error</extracomment>
            <translation>我不同意 USCIS 的决定，但指不出具体错误</translation>
        </message>
        <message>
            <source>I understand the Ombudsman may not be able to help, and I want to send it anyway</source>
            <extracomment>screening.continue_anyway: label</extracomment>
            <translation>我明白监察专员可能帮不上忙，但我仍然想提交</translation>
        </message>
        <message>
            <source>Only choose this if you read why the Ombudsman may not be able to help and still want to ask. It keeps you from sending a request by mistake.</source>
            <extracomment>screening.continue_anyway: help</extracomment>
            <translation>只有在您已读过监察专员可能帮不上忙的原因、仍想提出请求时才选择此项。这样可以避免误提交请求。</translation>
        </message>
        <message>
            <source>What you already did with USCIS</source>
            <extracomment>section actions_taken: title</extracomment>
            <translation>您已经向 USCIS 做过的事</translation>
        </message>
        <message>
            <source>The Ombudsman asks you to contact USCIS first. It expects that you reached USCIS in the last 90 days, and that you gave USCIS at least 60 days to fix the problem.</source>
            <extracomment>section actions_taken: intro</extracomment>
            <translation>监察专员要求您先联系 USCIS。它希望您在最近 90 天内联系过 USCIS，并给了 USCIS 至少 60 天来解决问题。</translation>
        </message>
        <message>
            <source>Did you call the USCIS Contact Center (1-800-375-5283)?</source>
            <extracomment>actions_taken.ncsc_called: label</extracomment>
            <translation>您打过 USCIS 联络中心的电话（1-800-375-5283）吗？</translation>
        </message>
        <message>
            <source>Calling USCIS is usually the first step. The Ombudsman wants to know what you tried so it does not ask you to do it again.</source>
            <extracomment>actions_taken.ncsc_called: help</extracomment>
            <translation>打电话给 USCIS 通常是第一步。监察专员想知道您已经试过什么，就不会让您再做一遍。</translation>
        </message>
        <message>
            <source>When did you last call?</source>
            <extracomment>actions_taken.ncsc_date: label</extracomment>
            <translation>您最后一次打电话是什么时候？</translation>
        </message>
        <message>
            <source>The date of your last call. It shows how long USCIS has had to fix the problem.</source>
            <extracomment>actions_taken.ncsc_date: help</extracomment>
            <translation>您最后一次打电话的日期。它能说明 USCIS 已有多长时间来解决问题。</translation>
        </message>
        <message>
            <source>Service request or referral number</source>
            <extracomment>actions_taken.ncsc_reference: label</extracomment>
            <translation>服务请求号或转介号</translation>
        </message>
        <message>
            <source>If USCIS gave you a number for your call, write it here. It helps the Ombudsman find your call in USCIS records.</source>
            <extracomment>actions_taken.ncsc_reference: help</extracomment>
            <translation>如果 USCIS 给了您这次通话的号码，请写在这里。它能帮助监察专员在 USCIS 的记录中找到您的通话。</translation>
        </message>
        <message>
            <source>Did you check your case status online?</source>
            <extracomment>actions_taken.case_status_checked: label</extracomment>
            <translation>您在网上查过案件状态吗？</translation>
        </message>
        <message>
            <source>USCIS shows case status on its website. This tells the Ombudsman what USCIS was showing you.</source>
            <extracomment>actions_taken.case_status_checked: help</extracomment>
            <translation>USCIS 在网站上显示案件状态。这能告诉监察专员 USCIS 当时显示给您的是什么。</translation>
        </message>
        <message>
            <source>When did you last check it?</source>
            <extracomment>actions_taken.case_status_date: label</extracomment>
            <translation>您最后一次查询是什么时候？</translation>
        </message>
        <message>
            <source>The last date you looked at your case status.</source>
            <extracomment>actions_taken.case_status_date: help</extracomment>
            <translation>您最后一次查看案件状态的日期。</translation>
        </message>
        <message>
            <source>Did you go to a USCIS office appointment (InfoPass)?</source>
            <extracomment>actions_taken.appointment: label</extracomment>
            <translation>您去过 USCIS 办公室的预约面谈吗（InfoPass）？</translation>
        </message>
        <message>
            <source>An in-person appointment is another way to ask USCIS for help. Say if you had one.</source>
            <extracomment>actions_taken.appointment: help</extracomment>
            <translation>当面预约是向 USCIS 求助的另一种方式。请说明您是否有过预约。</translation>
        </message>
        <message>
            <source>Date of the appointment</source>
            <extracomment>actions_taken.appointment_date: label</extracomment>
            <translation>预约日期</translation>
        </message>
        <message>
            <source>The date you went to the USCIS office.</source>
            <extracomment>actions_taken.appointment_date: help</extracomment>
            <translation>您去 USCIS 办公室的日期。</translation>
        </message>
        <message>
            <source>Which USCIS office?</source>
            <extracomment>actions_taken.appointment_office: label</extracomment>
            <translation>哪个 USCIS 办公室？</translation>
        </message>
        <message>
            <source>The city or name of the office you went to.</source>
            <extracomment>actions_taken.appointment_office: help</extracomment>
            <translation>您去的办公室所在城市或名称。</translation>
        </message>
        <message>
            <source>Did you send USCIS an online request (e-Request)?</source>
            <extracomment>actions_taken.e_request: label</extracomment>
            <translation>您向 USCIS 发送过网上请求（e-Request）吗？</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website to ask about a case. Say if you sent one.</source>
            <extracomment>actions_taken.e_request: help</extracomment>
            <translation>e-Request 是 USCIS 网站上用来询问案件的表格。请说明您是否发送过。</translation>
        </message>
        <message>
            <source>Date of the e-Request</source>
            <extracomment>actions_taken.e_request_date: label</extracomment>
            <translation>e-Request 日期</translation>
        </message>
        <message>
            <source>The date you sent the online request.</source>
            <extracomment>actions_taken.e_request_date: help</extracomment>
            <translation>您发送网上请求的日期。</translation>
        </message>
        <message>
            <source>e-Request number</source>
            <extracomment>actions_taken.e_request_number: label</extracomment>
            <translation>e-Request 编号</translation>
        </message>
        <message>
            <source>The number USCIS gave you for the online request, if you have it.</source>
            <extracomment>actions_taken.e_request_number: help</extracomment>
            <translation>USCIS 为这个网上请求给您的编号（如果有）。</translation>
        </message>
        <message>
            <source>Did a member of Congress ask USCIS about your case?</source>
            <extracomment>actions_taken.congress_inquiry: label</extracomment>
            <translation>有国会议员向 USCIS 询问过您的案件吗？</translation>
        </message>
        <message>
            <source>Your senator or representative can also ask USCIS. The Ombudsman wants to know so two offices do not do the same work.</source>
            <extracomment>actions_taken.congress_inquiry: help</extracomment>
            <translation>您的参议员或众议员也可以向 USCIS 询问。监察专员想知道，这样两个办公室就不会做重复的工作。</translation>
        </message>
        <message>
            <source>Which office of Congress?</source>
            <extracomment>actions_taken.congress_office: label</extracomment>
            <translation>哪位国会议员的办公室？</translation>
        </message>
        <message>
            <source>The name of the senator or representative whose office helped.</source>
            <extracomment>actions_taken.congress_office: help</extracomment>
            <translation>提供帮助的参议员或众议员的姓名。</translation>
        </message>
        <message>
            <source>Anything else you did to fix the problem</source>
            <extracomment>actions_taken.other: label</extracomment>
            <translation>您为解决问题做过的其他事</translation>
        </message>
        <message>
            <source>For example letters you sent to USCIS. Everything you tried helps the Ombudsman.</source>
            <extracomment>actions_taken.other: help</extracomment>
            <translation>例如您寄给 USCIS 的信。您试过的每件事都对监察专员有帮助。</translation>
        </message>
        <message>
            <source>Why you are asking for help</source>
            <extracomment>section reasons: title</extracomment>
            <translation>您为什么请求帮助</translation>
        </message>
        <message>
            <source>Tell the Ombudsman what went wrong and what you want fixed.</source>
            <extracomment>section reasons: intro</extracomment>
            <translation>告诉监察专员哪里出了问题，以及您希望纠正什么。</translation>
        </message>
        <message>
            <source>Why are you asking for help?</source>
            <extracomment>reasons.kinds: label</extracomment>
            <translation>您为什么请求帮助？</translation>
        </message>
        <message>
            <source>Pick every reason that fits. It helps the Ombudsman see how urgent your case is.</source>
            <extracomment>reasons.kinds: help</extracomment>
            <translation>请选出所有符合的原因。这能帮助监察专员判断您的案件有多紧急。</translation>
        </message>
        <message>
            <source>Emergency or hardship</source>
            <extracomment>reasons.kinds = emergency_hardship</extracomment>
            <translation>紧急情况或困难</translation>
        </message>
        <message>
            <source>Pending longer than the posted processing time</source>
            <extracomment>reasons.kinds = beyond_processing_time</extracomment>
            <translation>等待时间超过公布的处理时间</translation>
        </message>
        <message>
            <source>USCIS made a mistake</source>
            <extracomment>reasons.kinds = uscis_error</extracomment>
            <translation>USCIS 出了错</translation>
        </message>
        <message>
            <source>At risk of losing status or building up unlawful presence</source>
            <extracomment>reasons.kinds = losing_status</extracomment>
            <translation>有失去身份或累积非法居留的风险</translation>
        </message>
        <message>
            <source>USCIS lost documents</source>
            <extracomment>reasons.kinds = lost_documents</extracomment>
            <translation>USCIS 弄丢了文件</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>reasons.kinds = other</extracomment>
            <translation>其他</translation>
        </message>
        <message>
            <source>What is the emergency or hardship?</source>
            <extracomment>reasons.hardship_description: label</extracomment>
            <translation>是什么紧急情况或困难？</translation>
        </message>
        <message>
            <source>Explain what will happen if USCIS does not act soon, for example losing a job, missing medical care, or a family member who is very sick. The Ombudsman looks at urgent cases first, so clear facts matter.</source>
            <extracomment>reasons.hardship_description: help</extracomment>
            <translation>请说明如果 USCIS 不尽快处理会发生什么，例如失去工作、耽误就医，或家人病重。监察专员会优先处理紧急案件，所以清楚的事实很重要。</translation>
        </message>
        <message>
            <source>USCIS's posted processing time (months)</source>
            <extracomment>reasons.posted_processing_time_months: label</extracomment>
            <translation>USCIS 公布的处理时间（月）</translation>
        </message>
        <message>
            <source>USCIS posts how long a form usually takes at each office. Write the number of months it showed. We use it to count how far past that time your case is.</source>
            <extracomment>reasons.posted_processing_time_months: help</extracomment>
            <translation>USCIS 会公布每个办公室处理一种表格通常需要多久。请写下显示的月数。我们用它来计算您的案件超出了多久。</translation>
        </message>
        <message>
            <source>When did you look up that processing time?</source>
            <extracomment>reasons.processing_time_checked_on: label</extracomment>
            <translation>您是哪天查到这个处理时间的？</translation>
        </message>
        <message>
            <source>Processing times change. The date shows which posted time you compared with.</source>
            <extracomment>reasons.processing_time_checked_on: help</extracomment>
            <translation>处理时间会变化。这个日期说明您比较的是哪一次公布的时间。</translation>
        </message>
        <message>
            <source>What happened?</source>
            <extracomment>reasons.problem_description: label</extracomment>
            <translation>发生了什么？</translation>
        </message>
        <message>
            <source>Tell the story in order, with dates if you know them: what you filed, what USCIS did or did not do, and what you tried. This is the most important part: the Ombudsman reads it to understand your problem.</source>
            <extracomment>reasons.problem_description: help</extracomment>
            <translation>请按时间顺序说明，知道日期就写上：您递交了什么，USCIS 做了或没做什么，以及您试过什么。这是最重要的部分：监察专员会读它来了解您的问题。</translation>
        </message>
        <message>
            <source>What do you want the Ombudsman to do?</source>
            <extracomment>reasons.desired_outcome: label</extracomment>
            <translation>您希望监察专员做什么？</translation>
        </message>
        <message>
            <source>For example: ask USCIS to decide the case, or to correct a mistake on a card. A clear request is easier to act on.</source>
            <extracomment>reasons.desired_outcome: help</extracomment>
            <translation>例如：请 USCIS 对案件做出决定，或改正卡片上的错误。清楚的请求更容易处理。</translation>
        </message>
        <message>
            <source>Who is filling in this request</source>
            <extracomment>section submitter: title</extracomment>
            <translation>谁在填写这份请求</translation>
        </message>
        <message>
            <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person's written consent.</source>
            <extracomment>section submitter: intro</extracomment>
            <translation>您可以为自己求助，也可以帮别人求助。律师需要在 USCIS 存有 G-28 表格；其他帮忙的人需要当事人的书面同意。</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <extracomment>submitter.role: label</extracomment>
            <translation>您是谁？</translation>
        </message>
        <message>
            <source>I am the person with the USCIS case</source>
            <extracomment>submitter.role = self</extracomment>
            <translation>我是 USCIS 案件的当事人</translation>
        </message>
        <message>
            <source>I am their attorney or accredited representative</source>
            <extracomment>submitter.role = attorney</extracomment>
            <translation>我是当事人的律师或经认证的代理人</translation>
        </message>
        <message>
            <source>You need a copy of your Form G-28 that is on file with USCIS.</source>
            <extracomment>submitter.role = attorney: help</extracomment>
            <translation>您需要一份在 USCIS 存档的 G-28 表格副本。</translation>
        </message>
        <message>
            <source>I am helping them (family, volunteer, school official, congressional staff…)</source>
            <extracomment>submitter.role = helper</extracomment>
            <translation>我在帮助当事人（家人、志愿者、学校官员、国会工作人员……）</translation>
        </message>
        <message>
            <source>The person must sign a consent that lets you ask for them.</source>
            <extracomment>submitter.role = helper: help</extracomment>
            <translation>当事人必须签署同意书，允许您代他们提出请求。</translation>
        </message>
        <message>
            <source>Your full name</source>
            <extracomment>submitter.name: label</extracomment>
            <translation>您的全名</translation>
        </message>
        <message>
            <source>The Ombudsman writes to you as the person who sent the request.</source>
            <extracomment>submitter.name: help</extracomment>
            <translation>监察专员会把您当作提交请求的人给您写信。</translation>
        </message>
        <message>
            <source>Organization or law firm</source>
            <extracomment>submitter.organization: label</extracomment>
            <translation>机构或律师事务所</translation>
        </message>
        <message>
            <source>If you help as part of a group or law firm, give its name.</source>
            <extracomment>submitter.organization: help</extracomment>
            <translation>如果您是代表某个团体或律师事务所提供帮助，请写出它的名称。</translation>
        </message>
        <message>
            <source>How are you related to the person?</source>
            <extracomment>submitter.relationship: label</extracomment>
            <translation>您和当事人是什么关系？</translation>
        </message>
        <message>
            <source>For example: daughter, friend, volunteer at a community center.</source>
            <extracomment>submitter.relationship: help</extracomment>
            <translation>例如：女儿、朋友、社区中心的志愿者。</translation>
        </message>
        <message>
            <source>Your phone</source>
            <extracomment>submitter.phone: label</extracomment>
            <translation>您的电话</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach you with questions.</source>
            <extracomment>submitter.phone: help</extracomment>
            <translation>监察专员有问题时可以联系您的电话号码。</translation>
        </message>
        <message>
            <source>Your email</source>
            <extracomment>submitter.email: label</extracomment>
            <translation>您的电子邮件</translation>
        </message>
        <message>
            <source>Email is the fastest way for the Ombudsman to answer.</source>
            <extracomment>submitter.email: help</extracomment>
            <translation>电子邮件是监察专员回复最快的方式。</translation>
        </message>
        <message>
            <source>Your fax</source>
            <extracomment>submitter.fax: label</extracomment>
            <translation>您的传真</translation>
        </message>
        <message>
            <source>Only if you use a fax machine.</source>
            <extracomment>submitter.fax: help</extracomment>
            <translation>仅在您使用传真机时填写。</translation>
        </message>
        <message>
            <source>Street address</source>
            <extracomment>submitter.address.street: label</extracomment>
            <translation>街道地址</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.street: help</extracomment>
            <translation>门牌号和街道，或邮政信箱（P.O. box），方便监察专员给您寄信。</translation>
        </message>
        <message>
            <source>Apartment, suite or floor</source>
            <extracomment>submitter.address.unit: label</extracomment>
            <translation>公寓、套房或楼层</translation>
        </message>
        <message>
            <source>Leave empty if none.</source>
            <extracomment>submitter.address.unit: help</extracomment>
            <translation>没有就留空。</translation>
        </message>
        <message>
            <source>City or town</source>
            <extracomment>submitter.address.city: label</extracomment>
            <translation>城市或镇</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.city: help</extracomment>
            <translation>城市或镇，方便监察专员给您寄信。</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>submitter.address.state: label</extracomment>
            <translation>州</translation>
        </message>
        <message>
            <source>In the U.S., pick the state or territory. Outside the U.S., write the province or region.</source>
            <extracomment>submitter.address.state: help</extracomment>
            <translation>在美国，请选择州或属地。在美国以外，请写省或地区。</translation>
        </message>
        <message>
            <source>ZIP code</source>
            <extracomment>submitter.address.postal_code: label</extracomment>
            <translation>邮政编码（ZIP）</translation>
        </message>
        <message>
            <source>In the U.S. this is 5 digits, or 5 + 4 digits (20528 or 20528-0180). Outside the U.S., write the postal code as it appears on letters.</source>
            <extracomment>submitter.address.postal_code: help</extracomment>
            <translation>在美国是 5 位数字，或 5+4 位数字（20528 或 20528-0180）。在美国以外，请按信件上的写法填写邮政编码。</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>submitter.address.country: label</extracomment>
            <translation>国家</translation>
        </message>
        <message>
            <source>The country of this address.</source>
            <extracomment>submitter.address.country: help</extracomment>
            <translation>这个地址所在的国家。</translation>
        </message>
        <message>
            <source>Bar number</source>
            <extracomment>submitter.bar_number: label</extracomment>
            <translation>律师执照号（bar number）</translation>
        </message>
        <message>
            <source>Attorneys: your state bar number, which shows you may practice law.</source>
            <extracomment>submitter.bar_number: help</extracomment>
            <translation>律师：您在州律师协会的执照号，证明您可以执业。</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <extracomment>submitter.accreditation: label</extracomment>
            <translation>认证信息</translation>
        </message>
        <message>
            <source>The Ombudsman only talks about a case with the person, or with someone the person allowed. So it needs to know who is asking.</source>
            <extracomment>submitter.role: help</extracomment>
            <translation>监察专员只和当事人本人或当事人授权的人谈案件。所以它需要知道是谁在询问。</translation>
        </message>
        <message>
            <source>If you are an accredited representative: the name of your group and your number. It shows you may help people with USCIS cases.</source>
            <extracomment>submitter.accreditation: help</extracomment>
            <translation>如果您是经认证的代理人：请写您所在机构的名称和您的编号。这说明您可以帮助别人处理 USCIS 案件。</translation>
        </message>
        <message>
            <source>The person or employer with the USCIS case</source>
            <extracomment>section subject: title</extracomment>
            <translation>有 USCIS 案件的个人或雇主</translation>
        </message>
        <message>
            <source>Give the details of the person (or employer) who filed with USCIS and has the problem. Do not enter the attorney or law firm here.</source>
            <extracomment>section subject: intro</extracomment>
            <translation>请填写向 USCIS 递交申请并遇到问题的个人（或雇主）的资料。不要在这里填写律师或律师事务所。</translation>
        </message>
        <message>
            <source>Is this a person or an employer/organization?</source>
            <extracomment>subject.kind: label</extracomment>
            <translation>这是个人，还是雇主/机构？</translation>
        </message>
        <message>
            <source>Employers file petitions too. This decides which name boxes to fill.</source>
            <extracomment>subject.kind: help</extracomment>
            <translation>雇主也会递交请愿书。这决定要填写哪些姓名栏。</translation>
        </message>
        <message>
            <source>A person</source>
            <extracomment>subject.kind = person</extracomment>
            <translation>个人</translation>
        </message>
        <message>
            <source>An employer or organization</source>
            <extracomment>subject.kind = organization</extracomment>
            <translation>雇主或机构</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>subject.title: label</extracomment>
            <translation>称谓</translation>
        </message>
        <message>
            <source>Optional. How the Ombudsman should address the person in letters.</source>
            <extracomment>subject.title: help</extracomment>
            <translation>可不填。监察专员在信中应如何称呼当事人。</translation>
        </message>
        <message>
            <source>Mr.</source>
            <extracomment>subject.title = Mr.</extracomment>
            <translation>先生</translation>
        </message>
        <message>
            <source>Ms.</source>
            <extracomment>subject.title = Ms.</extracomment>
            <translation>女士</translation>
        </message>
        <message>
            <source>Mx.</source>
            <extracomment>subject.title = Mx.</extracomment>
            <translation>Mx.</translation>
        </message>
        <message>
            <source>First name (given name)</source>
            <extracomment>subject.first_name: label</extracomment>
            <translation>名（名字）</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case. Any alphabet is fine.</source>
            <extracomment>subject.first_name: help</extracomment>
            <translation>请按 USCIS 文件上的写法填写，方便监察专员找到正确的案件。任何文字都可以。</translation>
        </message>
        <message>
            <source>Middle name</source>
            <extracomment>subject.middle_name: label</extracomment>
            <translation>中间名</translation>
        </message>
        <message>
            <source>Only if the USCIS papers show one.</source>
            <extracomment>subject.middle_name: help</extracomment>
            <translation>仅当 USCIS 文件上有中间名时填写。</translation>
        </message>
        <message>
            <source>Last name (family name)</source>
            <extracomment>subject.last_name: label</extracomment>
            <translation>姓（姓氏）</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case.</source>
            <extracomment>subject.last_name: help</extracomment>
            <translation>请按 USCIS 文件上的写法填写，方便监察专员找到正确的案件。</translation>
        </message>
        <message>
            <source>Name of the employer or organization</source>
            <extracomment>subject.organization_name: label</extracomment>
            <translation>雇主或机构名称</translation>
        </message>
        <message>
            <source>The name that is on the petition filed with USCIS.</source>
            <extracomment>subject.organization_name: help</extracomment>
            <translation>向 USCIS 递交的请愿书上的名称。</translation>
        </message>
        <message>
            <source>Other names used</source>
            <extracomment>subject.other_names: label</extracomment>
            <translation>曾用名</translation>
        </message>
        <message>
            <source>For example a name before marriage or another spelling. USCIS may file papers under it.</source>
            <extracomment>subject.other_names: help</extracomment>
            <translation>例如婚前姓名或其他拼法。USCIS 可能用这个名字存档。</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <extracomment>subject.date_of_birth: label</extracomment>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>USCIS uses the birth date with the name to find the right person.</source>
            <extracomment>subject.date_of_birth: help</extracomment>
            <translation>USCIS 会用出生日期和姓名一起来找到正确的人。</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <extracomment>subject.country_of_birth: label</extracomment>
            <translation>出生国家</translation>
        </message>
        <message>
            <source>It helps USCIS match the records.</source>
            <extracomment>subject.country_of_birth: help</extracomment>
            <translation>帮助 USCIS 核对记录。</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <extracomment>subject.country_of_citizenship: label</extracomment>
            <translation>国籍</translation>
        </message>
        <message>
            <source>The country whose passport the person holds.</source>
            <extracomment>subject.country_of_citizenship: help</extracomment>
            <translation>当事人所持护照的国家。</translation>
        </message>
        <message>
            <source>A-Number (if any)</source>
            <extracomment>subject.a_number: label</extracomment>
            <translation>A号码（如有）</translation>
        </message>
        <message>
            <source>Not every person has an A-Number. If you have one, it starts with A and has 7 to 9 digits (A123-456-789). It is the fastest way to find your file.</source>
            <extracomment>subject.a_number: help</extracomment>
            <translation>不是每个人都有 A号码。如果有，它以 A 开头，后面是 7 到 9 位数字（A123-456-789）。这是找到您档案最快的方法。</translation>
        </message>
        <message>
            <source>USCIS online account number (if any)</source>
            <extracomment>subject.uscis_online_account_number: label</extracomment>
            <translation>USCIS 网上账户号码（如有）</translation>
        </message>
        <message>
            <source>12 digits. You have one only if you filed online or got it in a USCIS notice.</source>
            <extracomment>subject.uscis_online_account_number: help</extracomment>
            <translation>12 位数字。只有在您网上递交过申请，或在 USCIS 通知上收到过时才有。</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.street: help</extracomment>
            <translation>门牌号和街道，或邮政信箱（P.O. box），方便监察专员给当事人寄信。</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.city: help</extracomment>
            <translation>城市或镇，方便监察专员给当事人寄信。</translation>
        </message>
        <message>
            <source>Phone</source>
            <extracomment>subject.phone: label</extracomment>
            <translation>电话</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach the person. At least one way to reach them is needed.</source>
            <extracomment>subject.phone: help</extracomment>
            <translation>监察专员可以联系当事人的电话号码。至少需要一种联系方式。</translation>
        </message>
        <message>
            <source>Fax</source>
            <extracomment>subject.fax: label</extracomment>
            <translation>传真</translation>
        </message>
        <message>
            <source>Only if the person uses a fax machine.</source>
            <extracomment>subject.fax: help</extracomment>
            <translation>仅在当事人使用传真机时填写。</translation>
        </message>
        <message>
            <source>Email (to get Ombudsman updates)</source>
            <extracomment>subject.email: label</extracomment>
            <translation>电子邮件（接收监察专员的最新消息）</translation>
        </message>
        <message>
            <source>The Ombudsman sends updates about the request to this email.</source>
            <extracomment>subject.email: help</extracomment>
            <translation>监察专员会把这份请求的最新消息发到这个邮箱。</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <extracomment>subject.preferred_language: label</extracomment>
            <translation>首选语言</translation>
        </message>
        <message>
            <source>The language the person reads and speaks best.</source>
            <extracomment>subject.preferred_language: help</extracomment>
            <translation>当事人读写和说得最好的语言。</translation>
        </message>
        <message>
            <source>Does the person need an interpreter?</source>
            <extracomment>subject.needs_interpreter: label</extracomment>
            <translation>当事人需要口译员吗？</translation>
        </message>
        <message>
            <source>So the Ombudsman can plan a call in the person's language.</source>
            <extracomment>subject.needs_interpreter: help</extracomment>
            <translation>方便监察专员安排用当事人的语言通话。</translation>
        </message>
        <message>
            <source>Has the person applied for or received T, U, VAWA, asylum or refugee status?</source>
            <extracomment>subject.protected_category: label</extracomment>
            <translation>当事人是否申请过或获得过 T、U、VAWA、庇护或难民身份？</translation>
        </message>
        <message>
            <source>These cases have extra privacy protections. The consent must then be signed by hand in ink: print it, sign it, and scan it.</source>
            <extracomment>subject.protected_category: help</extracomment>
            <translation>这些案件有额外的隐私保护。同意书必须用笔亲手签名：打印出来，签名，然后扫描。</translation>
        </message>
        <message>
            <source>The beneficiary (if the petition is for someone else)</source>
            <extracomment>section beneficiary: title</extracomment>
            <translation>受益人（如果请愿书是为别人递交的）</translation>
        </message>
        <message>
            <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person's details. Otherwise skip this page.</source>
            <extracomment>section beneficiary: intro</extracomment>
            <translation>有些请愿书是为另一个人递交的，例如亲属或员工。如果是这样，请填写那个人的资料。否则请跳过这一页。</translation>
        </message>
        <message>
            <source>Beneficiary's first name</source>
            <extracomment>beneficiary.first_name: label</extracomment>
            <translation>受益人的名</translation>
        </message>
        <message>
            <source>The person the petition is for.</source>
            <extracomment>beneficiary.first_name: help</extracomment>
            <translation>请愿书所针对的人。</translation>
        </message>
        <message>
            <source>Beneficiary's last name</source>
            <extracomment>beneficiary.last_name: label</extracomment>
            <translation>受益人的姓</translation>
        </message>
        <message>
            <source>As on the petition.</source>
            <extracomment>beneficiary.last_name: help</extracomment>
            <translation>按请愿书上的写法。</translation>
        </message>
        <message>
            <source>Beneficiary's date of birth</source>
            <extracomment>beneficiary.date_of_birth: label</extracomment>
            <translation>受益人的出生日期</translation>
        </message>
        <message>
            <source>Helps USCIS find the right person.</source>
            <extracomment>beneficiary.date_of_birth: help</extracomment>
            <translation>帮助 USCIS 找到正确的人。</translation>
        </message>
        <message>
            <source>Beneficiary's A-Number (if any)</source>
            <extracomment>beneficiary.a_number: label</extracomment>
            <translation>受益人的 A号码（如有）</translation>
        </message>
        <message>
            <source>Not everyone has one. If there is one, it helps find the file.</source>
            <extracomment>beneficiary.a_number: help</extracomment>
            <translation>不是每个人都有。如果有，它有助于找到档案。</translation>
        </message>
        <message>
            <source>Relationship to the petitioner</source>
            <extracomment>beneficiary.relationship: label</extracomment>
            <translation>与请愿人的关系</translation>
        </message>
        <message>
            <source>For example: spouse, son, employee.</source>
            <extracomment>beneficiary.relationship: help</extracomment>
            <translation>例如：配偶、儿子、员工。</translation>
        </message>
        <message>
            <source>Applications and petitions filed</source>
            <extracomment>section filings: title</extracomment>
            <translation>已递交的申请和请愿书</translation>
        </message>
        <message>
            <source>List all applications and petitions pending with USCIS that are part of this problem. Include every receipt number: it is how the Ombudsman finds each case.</source>
            <extracomment>section filings: intro</extracomment>
            <translation>请列出与这个问题有关、仍在 USCIS 等待处理的所有申请和请愿书。每个收据号码都要写上：监察专员靠它找到每个案件。</translation>
        </message>
        <message>
            <source>Application or petition</source>
            <extracomment>section filings: item_label</extracomment>
            <translation>申请或请愿书</translation>
        </message>
        <message>
            <source>Form number</source>
            <extracomment>filings[].form_number: label</extracomment>
            <translation>表格编号</translation>
        </message>
        <message>
            <source>The number printed at the top of the form you filed, like I-130 or N-400. It tells the Ombudsman what you asked USCIS for.</source>
            <extracomment>filings[].form_number: help</extracomment>
            <translation>印在您递交的表格顶部的编号，例如 I-130 或 N-400。它告诉监察专员您向 USCIS 申请了什么。</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <extracomment>filings[].receipt_number: label</extracomment>
            <translation>收据号码</translation>
        </message>
        <message>
            <source>It is on the receipt notice (Form I-797C) USCIS mailed you: 3 letters and 10 numbers, like IOE0912345678. Dashes and spaces are fine.</source>
            <extracomment>filings[].receipt_number: help</extracomment>
            <translation>在 USCIS 寄给您的收据通知（I-797C 表）上：3 个字母加 10 位数字，例如 IOE0912345678。有横线或空格也没关系。</translation>
        </message>
        <message>
            <source>Why is there no receipt number?</source>
            <extracomment>filings[].no_receipt_reason: label</extracomment>
            <translation>为什么没有收据号码？</translation>
        </message>
        <message>
            <source>If you never got a receipt notice, say so here, for example 'filed 5 months ago, no receipt notice yet'. The Ombudsman needs this to look for the case.</source>
            <extracomment>filings[].no_receipt_reason: help</extracomment>
            <translation>如果您从没收到收据通知，请在这里说明，例如“5 个月前递交，还没收到收据通知”。监察专员需要这些信息来查找案件。</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <extracomment>filings[].receipt_date: label</extracomment>
            <translation>收件日期</translation>
        </message>
        <message>
            <source>The 'Received Date' on the receipt notice. We use it to count how long the case has been waiting.</source>
            <extracomment>filings[].receipt_date: help</extracomment>
            <translation>收据通知上的“Received Date”（收件日期）。我们用它来计算案件已等了多久。</translation>
        </message>
        <message>
            <source>USCIS office handling it</source>
            <extracomment>filings[].office: label</extracomment>
            <translation>处理案件的 USCIS 办公室</translation>
        </message>
        <message>
            <source>If you know which office or service center has the case, write it here.</source>
            <extracomment>filings[].office: help</extracomment>
            <translation>如果您知道是哪个办公室或服务中心在处理案件，请写在这里。</translation>
        </message>
        <message>
            <source>What you asked USCIS for</source>
            <extracomment>section benefit: title</extracomment>
            <translation>您向 USCIS 申请了什么</translation>
        </message>
        <message>
            <source>Choose the kind of immigration benefit the applications are for.</source>
            <extracomment>section benefit: intro</extracomment>
            <translation>请选择这些申请所涉及的移民福利类型。</translation>
        </message>
        <message>
            <source>Type of benefit</source>
            <extracomment>benefit.types: label</extracomment>
            <translation>福利类型</translation>
        </message>
        <message>
            <source>Pick all that apply. It helps the Ombudsman send your case to the right team.</source>
            <extracomment>benefit.types: help</extracomment>
            <translation>选出所有适用的项。这能帮助监察专员把您的案件转给合适的小组。</translation>
        </message>
        <message>
            <source>Nonimmigrant (ex. Student)</source>
            <extracomment>benefit.types = nonimmigrant</extracomment>
            <translation>非移民（例如学生）</translation>
        </message>
        <message>
            <source>Immigrant (ex. Permanent Residency)</source>
            <extracomment>benefit.types = immigrant</extracomment>
            <translation>移民（例如永久居留）</translation>
        </message>
        <message>
            <source>Citizenship or Naturalization</source>
            <extracomment>benefit.types = citizenship</extracomment>
            <translation>公民身份或入籍</translation>
        </message>
        <message>
            <source>Asylum or Refugee</source>
            <extracomment>benefit.types = asylum_refugee</extracomment>
            <translation>庇护或难民</translation>
        </message>
        <message>
            <source>Interim benefit (ex. Employment Authorization)</source>
            <extracomment>benefit.types = interim</extracomment>
            <translation>临时福利（例如工作许可）</translation>
        </message>
        <message>
            <source>Waiver (ex. Waiver of Grounds of Inadmissibility)</source>
            <extracomment>benefit.types = waiver</extracomment>
            <translation>豁免（例如不可入境理由的豁免）</translation>
        </message>
        <message>
            <source>What other benefit?</source>
            <extracomment>benefit.other_description: label</extracomment>
            <translation>其他什么福利？</translation>
        </message>
        <message>
            <source>You chose 'Other': say in a few words what you asked USCIS for.</source>
            <extracomment>benefit.other_description: help</extracomment>
            <translation>您选择了“其他”：请用几句话说明您向 USCIS 申请了什么。</translation>
        </message>
        <message>
            <source>Supporting documents</source>
            <extracomment>section documents: title</extracomment>
            <translation>证明文件</translation>
        </message>
        <message>
            <source>Add copies of papers that show the problem, like receipt notices and letters from USCIS. Please do not send original documents: copies only. The files stay encrypted on this computer.</source>
            <extracomment>section documents: intro</extracomment>
            <translation>请添加能说明问题的文件副本，例如收据通知和 USCIS 的信件。请不要寄原件：只寄副本。文件在这台电脑上加密保存。</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>section documents: item_label</extracomment>
            <translation>文件</translation>
        </message>
        <message>
            <source>Document id</source>
            <extracomment>documents[].id: label</extracomment>
            <translation>文件编号</translation>
        </message>
        <message>
            <source>Set by the app.</source>
            <extracomment>documents[].id: help</extracomment>
            <translation>由程序设置。</translation>
        </message>
        <message>
            <source>What kind of document is it?</source>
            <extracomment>documents[].category: label</extracomment>
            <translation>这是什么类型的文件？</translation>
        </message>
        <message>
            <source>Helps the Ombudsman see quickly what you sent, and lets the app check that a G-28 or a consent is there when needed.</source>
            <extracomment>documents[].category: help</extracomment>
            <translation>帮助监察专员很快看出您寄了什么，也让程序能在需要时检查是否有 G-28 或同意书。</translation>
        </message>
        <message>
            <source>Copy of something I sent to USCIS</source>
            <extracomment>documents[].category = submitted_to_uscis</extracomment>
            <translation>我寄给 USCIS 的文件副本</translation>
        </message>
        <message>
            <source>Copy of something USCIS sent me</source>
            <extracomment>documents[].category = received_from_uscis</extracomment>
            <translation>USCIS 寄给我的文件副本</translation>
        </message>
        <message>
            <source>Form G-28 (attorney or representative)</source>
            <extracomment>documents[].category = g28</extracomment>
            <translation>G-28 表格（律师或代理人）</translation>
        </message>
        <message>
            <source>Signed consent of the person</source>
            <extracomment>documents[].category = consent</extracomment>
            <translation>当事人签字的同意书</translation>
        </message>
        <message>
            <source>The form's signature page, signed in ink (scan or photo)</source>
            <extracomment>documents[].category = signed_form</extracomment>
            <translation>表格的签名页，已用墨水签名（扫描件或照片）</translation>
        </message>
        <message>
            <source>Other supporting document</source>
            <extracomment>documents[].category = other</extracomment>
            <translation>其他证明文件</translation>
        </message>
        <message>
            <source>Short description</source>
            <extracomment>documents[].title: label</extracomment>
            <translation>简短说明</translation>
        </message>
        <message>
            <source>For example 'Receipt notice for I-485'. It is printed in the list of documents.</source>
            <extracomment>documents[].title: help</extracomment>
            <translation>例如“I-485 的收据通知”。它会打印在文件清单中。</translation>
        </message>
        <message>
            <source>File name</source>
            <extracomment>documents[].original_filename: label</extracomment>
            <translation>文件名</translation>
        </message>
        <message>
            <source>The name of the file you added.</source>
            <extracomment>documents[].original_filename: help</extracomment>
            <translation>您添加的文件的名称。</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>documents[].pages: label</extracomment>
            <translation>页数</translation>
        </message>
        <message>
            <source>Counted by the app.</source>
            <extracomment>documents[].pages: help</extracomment>
            <translation>由程序计算。</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <extracomment>documents[].sha256: label</extracomment>
            <translation>文件指纹（SHA-256）</translation>
        </message>
        <message>
            <source>Lets the app check the stored copy has not changed.</source>
            <extracomment>documents[].sha256: help</extracomment>
            <translation>让程序检查保存的副本没有被改动。</translation>
        </message>
        <message>
            <source>Added on</source>
            <extracomment>documents[].added_on: label</extracomment>
            <translation>添加日期</translation>
        </message>
        <message>
            <source>The day the file was added.</source>
            <extracomment>documents[].added_on: help</extracomment>
            <translation>添加文件的日期。</translation>
        </message>
        <message>
            <source>Consent</source>
            <extracomment>section consent: title</extracomment>
            <translation>同意书</translation>
        </message>
        <message>
            <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice below first.</source>
            <extracomment>section consent: intro</extracomment>
            <translation>监察专员需要案件当事人的许可，才能查看他们在 USCIS 的记录并与 USCIS 讨论。请先阅读下面的《隐私法》（Privacy Act）声明。</translation>
        </message>
        <message>
            <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
            <extracomment>consent.agreed: label</extracomment>
            <translation>当事人同意监察专员获取其信息，并与 USCIS 共享以解决这个问题</translation>
        </message>
        <message>
            <source>The law keeps USCIS records private. The Ombudsman can only look at the case if the person says yes.</source>
            <extracomment>consent.agreed: help</extracomment>
            <translation>法律规定 USCIS 的记录要保密。只有当事人同意，监察专员才能查看案件。</translation>
        </message>
        <message>
            <source>How will the person sign?</source>
            <extracomment>consent.signature_method: label</extracomment>
            <translation>当事人要怎样签名？</translation>
        </message>
        <message>
            <source>Draw the signature, type it as /s/ and the name, or print the page and sign it by hand. For T, U, VAWA, asylum and refugee cases only the ink signature is allowed.</source>
            <extracomment>consent.signature_method: help</extracomment>
            <translation>可以在屏幕上画出签名，输入 /s/ 加姓名，或把这一页打印出来亲手签名。T、U、VAWA、庇护和难民案件只允许用笔签名。</translation>
        </message>
        <message>
            <source>Draw it on the screen</source>
            <extracomment>consent.signature_method = drawn</extracomment>
            <translation>在屏幕上画</translation>
        </message>
        <message>
            <source>Type it (/s/ Name)</source>
            <extracomment>consent.signature_method = typed</extracomment>
            <translation>输入（/s/ 姓名）</translation>
        </message>
        <message>
            <source>Print, sign in ink, and scan</source>
            <extracomment>consent.signature_method = wet_ink</extracomment>
            <translation>打印、用笔签名后扫描</translation>
        </message>
        <message>
            <source>Name of the person signing</source>
            <extracomment>consent.signer_name: label</extracomment>
            <translation>签名人的姓名</translation>
        </message>
        <message>
            <source>The person with the case signs, or for an employer someone allowed to sign for it.</source>
            <extracomment>consent.signer_name: help</extracomment>
            <translation>由案件当事人签名；如果是雇主，由有权代表雇主签名的人签名。</translation>
        </message>
        <message>
            <source>Date signed</source>
            <extracomment>consent.signed_on: label</extracomment>
            <translation>签名日期</translation>
        </message>
        <message>
            <source>The day the person signed.</source>
            <extracomment>consent.signed_on: help</extracomment>
            <translation>当事人签名的日期。</translation>
        </message>
        <message>
            <source>Preparer or interpreter statement</source>
            <extracomment>consent.preparer_statement: label</extracomment>
            <translation>填表人或口译员声明</translation>
        </message>
        <message>
            <source>If someone else filled in this form or read it to the person, write their name and the language, for example: 'Prepared by Minh Tran, read to the subject in Vietnamese.' It shows the person understood what they signed.</source>
            <extracomment>consent.preparer_statement: help</extracomment>
            <translation>如果是别人填写了这份表格或读给当事人听，请写上那个人的姓名和所用语言，例如：“由 Minh Tran 填写，用越南语读给当事人听。”这表明当事人明白自己签的是什么。</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>T and U</source>
            <translation>T 和 U</translation>
        </message>
        <message>
            <source>T and U are kinds of visa: T for victims of human trafficking, U for victims of certain crimes who help the police.</source>
            <translation>T 和 U 是两种签证：T 签证给人口贩运的受害者，U 签证给协助警方的某些犯罪的受害者。</translation>
        </message>
        <message>
            <source>VAWA (Violence Against Women Act): a way for people abused by a U.S. citizen or permanent resident family member to apply on their own, without the abuser.</source>
            <translation>VAWA（《防止针对妇女暴力法》）：让受到美国公民或永久居民家庭成员虐待的人可以不经施虐者、自行申请的途径。</translation>
        </message>
        <message>
            <source>asylee, refugee</source>
            <translation>获得庇护者、难民</translation>
        </message>
        <message>
            <source>A refugee was given protection before coming to the United States; an asylee asked for it (asylum) after arriving. Both fear harm in their home country.</source>
            <translation>难民是在来美国之前获得保护的人；获得庇护者是在抵达美国之后申请保护（庇护）的人。两者都害怕在本国受到伤害。</translation>
        </message>
        <message>
            <source>InfoPass is the old name of an in-person appointment at a USCIS office, made through the USCIS Contact Center.</source>
            <translation>InfoPass 是 USCIS 办公室当面预约的旧称，通过 USCIS 联络中心预约。</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website for asking about a case, for example when it is past the normal processing time. USCIS answers by email.</source>
            <translation>e-Request 是 USCIS 网站上用来询问案件的表格，例如案件超过正常处理时间时。USCIS 会通过电子邮件答复。</translation>
        </message>
        <message>
            <source>Form G-28 is the form a lawyer or accredited representative signs with the person to show USCIS and the Ombudsman that they represent them.</source>
            <translation>G-28 表是律师或认可代表与当事人一起签署的表格，用来向 USCIS 和监察专员证明他们代表当事人。</translation>
        </message>
        <message>
            <source>beneficiary, petitioner</source>
            <translation>受益人、申请人</translation>
        </message>
        <message>
            <source>The petitioner files a petition for someone else (a relative, a worker); that person is the beneficiary.</source>
            <translation>申请人（petitioner）为他人（亲属、员工）提交申请；那个人就是受益人（beneficiary）。</translation>
        </message>
        <message>
            <source>accredited representative</source>
            <translation>认可代表</translation>
        </message>
        <message>
            <source>An accredited representative is not a lawyer but is allowed by the Justice Department to give immigration legal help, working for a recognized nonprofit organization.</source>
            <translation>认可代表不是律师，但经美国司法部准许，可以在认可的非营利组织工作，提供移民法律帮助。</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>收据号码</translation>
        </message>
        <message>
            <source>The receipt number is on the notice USCIS sent after getting an application: three letters and ten digits, for example IOE0912345678.</source>
            <translation>收据号码在 USCIS 收到申请后寄来的通知上：三个字母加十位数字，例如 IOE0912345678。</translation>
        </message>
        <message>
            <source>The A-Number (Alien Registration Number) is the person's own USCIS number: an A and 8 or 9 digits, on a green card, work permit or USCIS notices.</source>
            <translation>A-Number（外国人登记号码）是当事人自己的 USCIS 号码：一个 A 加 8 或 9 位数字，印在绿卡、工作许可或 USCIS 通知上。</translation>
        </message>
        <message>
            <source>“ex.” means “for example”.</source>
            <translation>“例如”是举例说明。</translation>
        </message>
    </context>
    <context>
        <name>pdf_printing</name>
        <message>
            <source>The packet could not be opened for printing. Make the package again.</source>
            <translation>无法打开文件包进行打印。请重新制作文件包。</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>打印邮寄用的文件包</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is on and try again.</source>
            <translation>无法启动打印机。请检查打印机是否已打开，然后再试。</translation>
        </message>
        <message>
            <source>Printing was cancelled. Pages already sent to the printer may still print.</source>
            <translation>已取消打印。已发送到打印机的页面可能仍会打印出来。</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>正在打印</translation>
        </message>
        <message>
            <source>Printing page {page} of {total}…</source>
            <translation>正在打印第 {page} 页，共 {total} 页…</translation>
        </message>
        <message>
            <source>A page could not be prepared for printing. Make the package again.</source>
            <translation>无法准备某一页进行打印。请重新制作文件包。</translation>
        </message>
    </context>
    <context>
        <name>us_states</name>
        <message>
            <source>Alabama</source>
            <extracomment>US state or territory AL (postal code)</extracomment>
            <translation>亚拉巴马州</translation>
        </message>
        <message>
            <source>Alaska</source>
            <extracomment>US state or territory AK (postal code)</extracomment>
            <translation>阿拉斯加州</translation>
        </message>
        <message>
            <source>Arizona</source>
            <extracomment>US state or territory AZ (postal code)</extracomment>
            <translation>亚利桑那州</translation>
        </message>
        <message>
            <source>Arkansas</source>
            <extracomment>US state or territory AR (postal code)</extracomment>
            <translation>阿肯色州</translation>
        </message>
        <message>
            <source>California</source>
            <extracomment>US state or territory CA (postal code)</extracomment>
            <translation>加利福尼亚州</translation>
        </message>
        <message>
            <source>Colorado</source>
            <extracomment>US state or territory CO (postal code)</extracomment>
            <translation>科罗拉多州</translation>
        </message>
        <message>
            <source>Connecticut</source>
            <extracomment>US state or territory CT (postal code)</extracomment>
            <translation>康涅狄格州</translation>
        </message>
        <message>
            <source>Delaware</source>
            <extracomment>US state or territory DE (postal code)</extracomment>
            <translation>特拉华州</translation>
        </message>
        <message>
            <source>District of Columbia</source>
            <extracomment>US state or territory DC (postal code)</extracomment>
            <translation>华盛顿哥伦比亚特区</translation>
        </message>
        <message>
            <source>Florida</source>
            <extracomment>US state or territory FL (postal code)</extracomment>
            <translation>佛罗里达州</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>US state or territory GA (postal code)</extracomment>
            <translation>佐治亚州</translation>
        </message>
        <message>
            <source>Hawaii</source>
            <extracomment>US state or territory HI (postal code)</extracomment>
            <translation>夏威夷州</translation>
        </message>
        <message>
            <source>Idaho</source>
            <extracomment>US state or territory ID (postal code)</extracomment>
            <translation>爱达荷州</translation>
        </message>
        <message>
            <source>Illinois</source>
            <extracomment>US state or territory IL (postal code)</extracomment>
            <translation>伊利诺伊州</translation>
        </message>
        <message>
            <source>Indiana</source>
            <extracomment>US state or territory IN (postal code)</extracomment>
            <translation>印第安纳州</translation>
        </message>
        <message>
            <source>Iowa</source>
            <extracomment>US state or territory IA (postal code)</extracomment>
            <translation>艾奥瓦州</translation>
        </message>
        <message>
            <source>Kansas</source>
            <extracomment>US state or territory KS (postal code)</extracomment>
            <translation>堪萨斯州</translation>
        </message>
        <message>
            <source>Kentucky</source>
            <extracomment>US state or territory KY (postal code)</extracomment>
            <translation>肯塔基州</translation>
        </message>
        <message>
            <source>Louisiana</source>
            <extracomment>US state or territory LA (postal code)</extracomment>
            <translation>路易斯安那州</translation>
        </message>
        <message>
            <source>Maine</source>
            <extracomment>US state or territory ME (postal code)</extracomment>
            <translation>缅因州</translation>
        </message>
        <message>
            <source>Maryland</source>
            <extracomment>US state or territory MD (postal code)</extracomment>
            <translation>马里兰州</translation>
        </message>
        <message>
            <source>Massachusetts</source>
            <extracomment>US state or territory MA (postal code)</extracomment>
            <translation>马萨诸塞州</translation>
        </message>
        <message>
            <source>Michigan</source>
            <extracomment>US state or territory MI (postal code)</extracomment>
            <translation>密歇根州</translation>
        </message>
        <message>
            <source>Minnesota</source>
            <extracomment>US state or territory MN (postal code)</extracomment>
            <translation>明尼苏达州</translation>
        </message>
        <message>
            <source>Mississippi</source>
            <extracomment>US state or territory MS (postal code)</extracomment>
            <translation>密西西比州</translation>
        </message>
        <message>
            <source>Missouri</source>
            <extracomment>US state or territory MO (postal code)</extracomment>
            <translation>密苏里州</translation>
        </message>
        <message>
            <source>Montana</source>
            <extracomment>US state or territory MT (postal code)</extracomment>
            <translation>蒙大拿州</translation>
        </message>
        <message>
            <source>Nebraska</source>
            <extracomment>US state or territory NE (postal code)</extracomment>
            <translation>内布拉斯加州</translation>
        </message>
        <message>
            <source>Nevada</source>
            <extracomment>US state or territory NV (postal code)</extracomment>
            <translation>内华达州</translation>
        </message>
        <message>
            <source>New Hampshire</source>
            <extracomment>US state or territory NH (postal code)</extracomment>
            <translation>新罕布什尔州</translation>
        </message>
        <message>
            <source>New Jersey</source>
            <extracomment>US state or territory NJ (postal code)</extracomment>
            <translation>新泽西州</translation>
        </message>
        <message>
            <source>New Mexico</source>
            <extracomment>US state or territory NM (postal code)</extracomment>
            <translation>新墨西哥州</translation>
        </message>
        <message>
            <source>New York</source>
            <extracomment>US state or territory NY (postal code)</extracomment>
            <translation>纽约州</translation>
        </message>
        <message>
            <source>North Carolina</source>
            <extracomment>US state or territory NC (postal code)</extracomment>
            <translation>北卡罗来纳州</translation>
        </message>
        <message>
            <source>North Dakota</source>
            <extracomment>US state or territory ND (postal code)</extracomment>
            <translation>北达科他州</translation>
        </message>
        <message>
            <source>Ohio</source>
            <extracomment>US state or territory OH (postal code)</extracomment>
            <translation>俄亥俄州</translation>
        </message>
        <message>
            <source>Oklahoma</source>
            <extracomment>US state or territory OK (postal code)</extracomment>
            <translation>俄克拉何马州</translation>
        </message>
        <message>
            <source>Oregon</source>
            <extracomment>US state or territory OR (postal code)</extracomment>
            <translation>俄勒冈州</translation>
        </message>
        <message>
            <source>Pennsylvania</source>
            <extracomment>US state or territory PA (postal code)</extracomment>
            <translation>宾夕法尼亚州</translation>
        </message>
        <message>
            <source>Rhode Island</source>
            <extracomment>US state or territory RI (postal code)</extracomment>
            <translation>罗德岛州</translation>
        </message>
        <message>
            <source>South Carolina</source>
            <extracomment>US state or territory SC (postal code)</extracomment>
            <translation>南卡罗来纳州</translation>
        </message>
        <message>
            <source>South Dakota</source>
            <extracomment>US state or territory SD (postal code)</extracomment>
            <translation>南达科他州</translation>
        </message>
        <message>
            <source>Tennessee</source>
            <extracomment>US state or territory TN (postal code)</extracomment>
            <translation>田纳西州</translation>
        </message>
        <message>
            <source>Texas</source>
            <extracomment>US state or territory TX (postal code)</extracomment>
            <translation>得克萨斯州</translation>
        </message>
        <message>
            <source>Utah</source>
            <extracomment>US state or territory UT (postal code)</extracomment>
            <translation>犹他州</translation>
        </message>
        <message>
            <source>Vermont</source>
            <extracomment>US state or territory VT (postal code)</extracomment>
            <translation>佛蒙特州</translation>
        </message>
        <message>
            <source>Virginia</source>
            <extracomment>US state or territory VA (postal code)</extracomment>
            <translation>弗吉尼亚州</translation>
        </message>
        <message>
            <source>Washington</source>
            <extracomment>US state or territory WA (postal code)</extracomment>
            <translation>华盛顿州</translation>
        </message>
        <message>
            <source>West Virginia</source>
            <extracomment>US state or territory WV (postal code)</extracomment>
            <translation>西弗吉尼亚州</translation>
        </message>
        <message>
            <source>Wisconsin</source>
            <extracomment>US state or territory WI (postal code)</extracomment>
            <translation>威斯康星州</translation>
        </message>
        <message>
            <source>Wyoming</source>
            <extracomment>US state or territory WY (postal code)</extracomment>
            <translation>怀俄明州</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>US state or territory AS (postal code)</extracomment>
            <translation>美属萨摩亚</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>US state or territory GU (postal code)</extracomment>
            <translation>关岛</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>US state or territory MP (postal code)</extracomment>
            <translation>北马里亚纳群岛</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>US state or territory PR (postal code)</extracomment>
            <translation>波多黎各</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <extracomment>US state or territory VI (postal code)</extracomment>
            <translation>美属维尔京群岛</translation>
        </message>
        <message>
            <source>U.S. Minor Outlying Islands</source>
            <extracomment>US state or territory UM (postal code)</extracomment>
            <translation>美国本土外小岛屿</translation>
        </message>
        <message>
            <source>Federated States of Micronesia</source>
            <extracomment>US state or territory FM (postal code)</extracomment>
            <translation>密克罗尼西亚联邦</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>US state or territory MH (postal code)</extracomment>
            <translation>马绍尔群岛</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>US state or territory PW (postal code)</extracomment>
            <translation>帕劳</translation>
        </message>
        <message>
            <source>Armed Forces Americas (AA)</source>
            <extracomment>US state or territory AA (postal code)</extracomment>
            <translation>美国武装部队：美洲 (AA)</translation>
        </message>
        <message>
            <source>Armed Forces Europe, Middle East, Africa, Canada (AE)</source>
            <extracomment>US state or territory AE (postal code)</extracomment>
            <translation>美国武装部队：欧洲、中东、非洲、加拿大 (AE)</translation>
        </message>
        <message>
            <source>Armed Forces Pacific (AP)</source>
            <extracomment>US state or territory AP (postal code)</extracomment>
            <translation>美国武装部队：太平洋 (AP)</translation>
        </message>
    </context>
</TS>
