<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
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
            <translation>Thêm ngày của các lần quý vị liên lạc với USCIS để xem điều này áp dụng thế nào.</translation>
        </message>
        <message>
            <source>Your most recent contact: %1 (%2 days ago).</source>
            <translation>Lần liên lạc gần nhất: %1 (%2 ngày trước).</translation>
        </message>
        <message>
            <source>That is more than 90 days ago. Contact USCIS again first if you can; you may still send the form.</source>
            <translation>Đã hơn 90 ngày. Nếu được, hãy liên lạc lại với USCIS trước; quý vị vẫn có thể gửi mẫu đơn.</translation>
        </message>
        <message>
            <source>USCIS has had it for less than 60 days. The Ombudsman usually expects you to wait until %1; you may still send the form, especially in an emergency.</source>
            <translation>USCIS mới giữ hồ sơ chưa đến 60 ngày. Ombudsman thường mong quý vị chờ đến %1; quý vị vẫn có thể gửi mẫu đơn, nhất là khi khẩn cấp.</translation>
        </message>
        <message>
            <source>These are not hard rules: nothing here stops you from going on.</source>
            <translation>Đây không phải là quy định bắt buộc: không có gì ở đây ngăn quý vị tiếp tục.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Đang dừng…</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <source>Wait for the answer.</source>
            <translation>Chờ câu trả lời.</translation>
        </message>
        <message>
            <source>Wait for the answer; ask again if none by %1.</source>
            <translation>Chờ câu trả lời; hỏi lại nếu đến %1 vẫn chưa có.</translation>
        </message>
        <message>
            <source>Go on with “%1”.</source>
            <translation>Tiếp tục với “%1”.</translation>
        </message>
        <message>
            <source>Send the package, then mark it as sent.</source>
            <translation>Gửi gói hồ sơ, rồi đánh dấu là đã gửi.</translation>
        </message>
        <message>
            <source>Check the PDF and make the package.</source>
            <translation>Kiểm tra PDF và tạo gói hồ sơ.</translation>
        </message>
    </context>
    <context>
        <name>CasePdfRenderer</name>
        <message>
            <source>“%1” is protected by a password. On the Documents step, remove it and add it again: the app then asks for its password.</source>
            <translation>“%1” được bảo vệ bằng mật khẩu. Ở bước Giấy tờ, hãy xóa nó rồi thêm lại: khi đó ứng dụng sẽ hỏi mật khẩu.</translation>
        </message>
    </context>
    <context>
        <name>CaseSession</name>
        <message>
            <source>Could not save just now. Your answers are still here; try again.</source>
            <translation>Chưa lưu được lúc này. Các câu trả lời của quý vị vẫn còn đây; hãy thử lại.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Đổi cụm mật khẩu</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>Cụm mật khẩu &amp;hiện tại</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Cụm mật khẩu hiện tại</translation>
        </message>
        <message>
            <source>&amp;New passphrase (five or more words)</source>
            <translation>Cụm mật khẩu &amp;mới (năm từ trở lên)</translation>
        </message>
        <message>
            <source>That is not the current passphrase. Try again.</source>
            <translation>Đó không phải cụm mật khẩu hiện tại. Hãy thử lại.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>(choose one)</source>
            <translation>(chọn một)</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>/s/ (type your name above)</source>
            <translation>/s/ (gõ tên quý vị ở trên)</translation>
        </message>
        <message>
            <source>Privacy Act notice</source>
            <translation>Thông báo về Đạo luật Quyền riêng tư (Privacy Act)</translation>
        </message>
        <message>
            <source>Why we ask: the CIS Ombudsman (6 U.S.C. 272) uses this information to look into your problem with USCIS. What happens with it: the Ombudsman shares it with USCIS, and with others only as the law and the published system-of-records notice allow. Giving it is voluntary, but without it and your consent the Ombudsman may not be able to help you.</source>
            <translation>Vì sao chúng tôi hỏi: CIS Ombudsman (6 U.S.C. 272) dùng thông tin này để xem xét vấn đề của quý vị với USCIS. Thông tin được dùng thế nào: Ombudsman chia sẻ với USCIS, và với người khác chỉ khi luật pháp và thông báo hệ thống hồ sơ đã công bố cho phép. Việc cung cấp là tự nguyện, nhưng nếu không có thông tin này và sự chấp thuận của quý vị, Ombudsman có thể không giúp được.</translation>
        </message>
        <message>
            <source>Because this case involves T, U, VAWA, asylee or refugee status, the law protects your information specially. The Ombudsman needs a signature in ink: print the form, sign it by hand, and scan or photograph it. A drawn or typed signature cannot be used.</source>
            <translation>Vì hồ sơ này liên quan đến diện T, U, VAWA, tị nạn (asylee) hoặc người tị nạn (refugee), luật pháp bảo vệ thông tin của quý vị đặc biệt. Ombudsman cần chữ ký bằng mực: in mẫu đơn ra, ký tay, rồi quét hoặc chụp ảnh. Không được dùng chữ ký vẽ hoặc gõ.</translation>
        </message>
        <message>
            <source>Print and sign: the finished form is printed with an empty signature line. Sign it in ink, then scan or photograph the signed page and add it as a document, or send the paper.</source>
            <translation>In ra và ký: mẫu đơn hoàn tất được in với dòng chữ ký để trống. Ký bằng mực, rồi quét hoặc chụp ảnh trang đã ký và thêm vào như một giấy tờ, hoặc gửi bản giấy.</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>&amp;Xóa chữ ký</translation>
        </message>
        <message>
            <source>Erases the drawn signature so you can sign again.</source>
            <translation>Xóa chữ ký đã vẽ để quý vị ký lại.</translation>
        </message>
        <message>
            <source>Typed signature</source>
            <translation>Chữ ký gõ</translation>
        </message>
    </context>
    <context>
        <name>DestinationsView</name>
        <message>
            <source>Check before sending: the Ombudsman's office changed how it operates in 2025, so these contact details may be out of date. Confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>Kiểm tra trước khi gửi: văn phòng Ombudsman đã thay đổi cách làm việc vào năm 2025, nên thông tin liên lạc này có thể đã cũ. Hãy xác nhận tại www.dhs.gov/cisombudsman khi quý vị có internet.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Điện thoại (miễn phí)</translation>
        </message>
        <message>
            <source>(last checked {date})</source>
            <translation>(kiểm tra lần cuối {date})</translation>
        </message>
        <message>
            <source>Older brochures say: {value}</source>
            <translation>Tờ hướng dẫn cũ ghi: {value}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Nguồn: {source}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Choose copies of your documents</source>
            <translation>Chọn bản sao giấy tờ của quý vị</translation>
        </message>
        <message>
            <source>Documents (%1);;All files (*)</source>
            <translation>Giấy tờ (%1);;Mọi tập tin (*)</translation>
        </message>
        <message>
            <source>The notice's values are on the applications step.</source>
            <translation>Các thông tin trên thông báo đã được đưa vào bước đơn.</translation>
        </message>
        <message>
            <source>Adding %1 (encrypted)…</source>
            <translation>Đang thêm %1 (được mã hóa)…</translation>
        </message>
        <message>
            <source>“%1” was not added.</source>
            <translation>Chưa thêm “%1”.</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Không thêm được tập tin đó. Không có gì bị thay đổi; hãy thử tập tin khác.</translation>
        </message>
        <message>
            <source>Added. It is kept encrypted with this case.</source>
            <translation>Đã thêm. Tập tin được giữ mã hóa cùng hồ sơ này.</translation>
        </message>
        <message>
            <source>Remove this document?</source>
            <translation>Bỏ tài liệu này?</translation>
        </message>
        <message>
            <source>“%1” will be taken out of this case and its encrypted copy deleted. Your own file is not touched: you can add it again later.</source>
            <translation>“%1” sẽ bị bỏ khỏi hồ sơ này và bản sao mã hóa của nó sẽ bị xóa. Tệp của chính quý vị không bị động đến: quý vị có thể thêm lại sau.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n trang</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this document</source>
            <translation>Gỡ giấy tờ này</translation>
        </message>
        <message>
            <source>Remove document %1</source>
            <translation>Gỡ giấy tờ %1</translation>
        </message>
        <message>
            <source>Deletes the encrypted copy from this case. Your own file is not touched.</source>
            <translation>Xóa bản sao đã mã hóa khỏi hồ sơ này. Tập tin gốc của quý vị không bị động đến.</translation>
        </message>
        <message>
            <source>The Ombudsman does not return papers. Add copies of USCIS notices and of what you sent USCIS; your own files are not changed.</source>
            <translation>Ombudsman không trả lại giấy tờ. Hãy thêm bản sao các thông báo của USCIS và những gì quý vị đã gửi USCIS; tệp của chính quý vị không bị thay đổi.</translation>
        </message>
        <message>
            <source>&amp;Add documents…</source>
            <translation>&amp;Thêm giấy tờ…</translation>
        </message>
        <message>
            <source>Opens a window to choose PDF files or photos of your documents.</source>
            <translation>Mở cửa sổ để chọn tập tin PDF hoặc ảnh chụp giấy tờ của quý vị.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Đọc thông báo của USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a notice USCIS sent you, for the applications step, and can keep the notice here as a document received from USCIS.</source>
            <translation>Đọc số biên nhận, ngày nhận và số mẫu đơn từ ảnh chụp, bản quét hoặc PDF của thông báo USCIS gửi cho quý vị, để đưa vào bước đơn, và có thể giữ thông báo ở đây như một giấy tờ nhận từ USCIS.</translation>
        </message>
        <message>
            <source>Or drag files from your folders onto this page.</source>
            <translation>Hoặc kéo tập tin từ thư mục của quý vị thả vào trang này.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Cancel adding the document</source>
            <translation>Hủy việc thêm giấy tờ</translation>
        </message>
        <message>
            <source>Adding the document</source>
            <translation>Đang thêm giấy tờ</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Send</source>
            <translation>Gửi</translation>
        </message>
        <message>
            <source>The form still has problems (listed above). Fix them, then try again.</source>
            <translation>Mẫu đơn vẫn còn vấn đề (liệt kê ở trên). Hãy sửa, rồi thử lại.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Đang hủy…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Xong.</translation>
        </message>
        <message>
            <source>The package is ready: {path}</source>
            <translation>Gói hồ sơ đã sẵn sàng: {path}</translation>
        </message>
        <message>
            <source>Follow README.txt in it, step by step.</source>
            <translation>Làm theo tập tin README.txt bên trong, từng bước một.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Đã hủy. Không có gì được lưu.</translation>
        </message>
        <message>
            <source>Where to save the package</source>
            <translation>Lưu gói hồ sơ ở đâu</translation>
        </message>
        <message>
            <source>No program on this computer could open the folder. Open it yourself in your file manager: %1</source>
            <translation>Không có chương trình nào trên máy tính này mở được thư mục. Hãy tự mở nó trong trình quản lý tệp: %1</translation>
        </message>
        <message>
            <source>No mail program is set up on this computer. Write the email in your webmail or on another computer, with the files from: %1</source>
            <translation>Máy tính này chưa cài chương trình thư điện tử. Hãy viết email trong webmail hoặc trên máy tính khác, kèm các tệp từ: %1</translation>
        </message>
        <message>
            <source>Make the package to send your request. Everything stays on this computer: you carry the package to a computer that is online, or print it.</source>
            <translation>Làm gói hồ sơ để gửi yêu cầu. Mọi thứ vẫn ở trên máy tính này: quý vị mang gói hồ sơ đến một máy tính có internet, hoặc in ra.</translation>
        </message>
        <message>
            <source>Where it goes</source>
            <translation>Gửi đến đâu</translation>
        </message>
        <message>
            <source>Where it goes: the Ombudsman's addresses</source>
            <translation>Gửi đến đâu: địa chỉ của Ombudsman</translation>
        </message>
        <message>
            <source>Shows or hides the email address, fax number and mail address.</source>
            <translation>Hiện hoặc ẩn địa chỉ email, số fax và địa chỉ gửi thư.</translation>
        </message>
        <message>
            <source>How will you send it?</source>
            <translation>Quý vị sẽ gửi bằng cách nào?</translation>
        </message>
        <message>
            <source>&amp;Email (recommended): a message ready to send, with the files</source>
            <translation>&amp;Email (nên dùng): một thư sẵn sàng để gửi, có kèm các tập tin</translation>
        </message>
        <message>
            <source>&amp;Fax: one PDF to fax, with a cover sheet</source>
            <translation>&amp;Fax: một tập tin PDF để fax, có trang bìa</translation>
        </message>
        <message>
            <source>&amp;Mail: pages to print and post (can take up to 14 days longer)</source>
            <translation>&amp;Bưu điện: các trang để in và gửi (có thể lâu hơn đến 14 ngày)</translation>
        </message>
        <message>
            <source>As one &amp;zip file</source>
            <translation>Thành một tập tin &amp;zip</translation>
        </message>
        <message>
            <source>One file instead of a folder</source>
            <translation>Một tập tin thay vì một thư mục</translation>
        </message>
        <message>
            <source>Also as a &amp;TIFF file for fax services</source>
            <translation>Thêm một tập tin &amp;TIFF cho dịch vụ fax</translation>
        </message>
        <message>
            <source>Some fax services and fax modems want TIFF instead of PDF</source>
            <translation>Một số dịch vụ và modem fax cần TIFF thay vì PDF</translation>
        </message>
        <message>
            <source>Largest email: </source>
            <translation>Email lớn nhất: </translation>
        </message>
        <message>
            <source>Largest email size in megabytes</source>
            <translation>Kích thước email tối đa tính bằng megabyte</translation>
        </message>
        <message>
            <source>Folder to save the package in</source>
            <translation>Thư mục để lưu gói hồ sơ</translation>
        </message>
        <message>
            <source>Bigger documents are split over several emails of at most this size.</source>
            <translation>Giấy tờ lớn hơn được chia ra nhiều email, mỗi email không quá kích thước này.</translation>
        </message>
        <message>
            <source>Type a folder, or use Choose folder to pick one.</source>
            <translation>Gõ tên thư mục, hoặc dùng “Chọn thư mục” để chọn.</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>Lưu vào:</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>C&amp;họn thư mục…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>Chọn thư mục</translation>
        </message>
        <message>
            <source>The package is the only thing Ombud Desktop saves without encryption: anyone with this computer or USB stick can read it. Delete it once it is sent.</source>
            <translation>Gói hồ sơ là thứ duy nhất Ombud Desktop lưu mà không mã hóa: ai có máy tính này hoặc USB này đều đọc được. Hãy xóa sau khi đã gửi.</translation>
        </message>
        <message>
            <source>Make the &amp;package</source>
            <translation>Làm &amp;gói hồ sơ</translation>
        </message>
        <message>
            <source>Start the export</source>
            <translation>Bắt đầu xuất</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Hủy</translation>
        </message>
        <message>
            <source>Stop; nothing is saved</source>
            <translation>Dừng; không lưu gì</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>&amp;Mở thư mục</translation>
        </message>
        <message>
            <source>Show the package</source>
            <translation>Hiện gói hồ sơ</translation>
        </message>
        <message>
            <source>Open my &amp;mail program</source>
            <translation>Mở chương trình &amp;email của tôi</translation>
        </message>
        <message>
            <source>Starts a new message; attach the files from the folder</source>
            <translation>Bắt đầu một thư mới; hãy đính kèm các tập tin trong thư mục</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>In gói hồ sơ gửi bưu điện</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>The Ombudsman reads English. If you can, write this answer in English or ask someone to help you. An answer in your own language is still better than no answer.</source>
            <translation>Ombudsman đọc tiếng Anh. Nếu được, hãy viết câu trả lời này bằng tiếng Anh hoặc nhờ người giúp. Trả lời bằng tiếng của quý vị vẫn tốt hơn là không trả lời.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (bắt buộc)</translation>
        </message>
        <message>
            <source>%1 (worth answering)</source>
            <translation>%1 (nên trả lời)</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>ví dụ %1</translation>
        </message>
    </context>
    <context>
        <name>FilingBox</name>
        <message>
            <source>Remove %1 %2</source>
            <translation>Gỡ %1 %2</translation>
        </message>
        <message>
            <source>Takes this row out of the list. The other rows keep their answers.</source>
            <translation>Bỏ dòng này khỏi danh sách. Các dòng khác vẫn giữ câu trả lời.</translation>
        </message>
    </context>
    <context>
        <name>FilingsPage</name>
        <message>
            <source>%1 %2 was removed (%3).</source>
            <translation>Đã bỏ: %1 %2 (%3).</translation>
        </message>
        <message>
            <source>no receipt number</source>
            <translation>không có số biên nhận</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>Puts the removed application back, with its answers.</source>
            <translation>Đưa đơn vừa bỏ trở lại, cùng các câu trả lời của nó.</translation>
        </message>
        <message>
            <source>&amp;Add another application or petition</source>
            <translation>&amp;Thêm một đơn hoặc đơn bảo lãnh khác</translation>
        </message>
        <message>
            <source>Adds an empty row for one more form you filed with USCIS.</source>
            <translation>Thêm một dòng trống cho một mẫu đơn khác quý vị đã nộp cho USCIS.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Đọc thông báo của USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a USCIS notice, on this computer. You check them before they are used.</source>
            <translation>Đọc số biên nhận, ngày nhận và số mẫu đơn từ ảnh chụp, bản quét hoặc PDF của thông báo USCIS, ngay trên máy tính này. Quý vị kiểm tra lại trước khi dùng.</translation>
        </message>
        <message>
            <source>Tip: you can paste several receipt numbers into one box at once; each gets its own row. Spaces and dashes are removed for you.</source>
            <translation>Mẹo: quý vị có thể dán nhiều số biên nhận vào một ô cùng lúc; mỗi số sẽ có dòng riêng. Khoảng trắng và dấu gạch được tự động bỏ đi.</translation>
        </message>
    </context>
    <context>
        <name>FinishPanel</name>
        <message>
            <source>What happens next</source>
            <translation>Điều gì xảy ra tiếp theo</translation>
        </message>
        <message>
            <source>1. Send it: open your mail program (or webmail), attach the files from the package folder and send the message to the address in README.txt.</source>
            <translation>1. Gửi đi: mở chương trình thư (hoặc webmail), đính kèm các tệp trong thư mục gói hồ sơ và gửi thư đến địa chỉ ghi trong README.txt.</translation>
        </message>
        <message>
            <source>1. Send it: fax the PDF in the package folder to the number in README.txt, and keep the fax confirmation page.</source>
            <translation>1. Gửi đi: fax tệp PDF trong thư mục gói hồ sơ đến số ghi trong README.txt, và giữ lại trang xác nhận fax.</translation>
        </message>
        <message>
            <source>1. Send it: print the mail packet, sign where it says so, and post it to the address in README.txt. Mail to the government can take up to 14 days longer.</source>
            <translation>1. Gửi đi: in bộ hồ sơ gửi thư, ký ở chỗ được ghi, rồi gửi bưu điện đến địa chỉ ghi trong README.txt. Thư gửi cơ quan chính phủ có thể chậm thêm tới 14 ngày.</translation>
        </message>
        <message>
            <source>2. Record it: once it is sent, fill in “After sending” below and press “Mark as sent”. The case list then shows it as sent, with the date.</source>
            <translation>2. Ghi lại: khi đã gửi, hãy điền phần “Sau khi gửi” bên dưới và nhấn “Đánh dấu đã gửi”. Danh sách hồ sơ sẽ hiện là đã gửi, kèm ngày.</translation>
        </message>
        <message>
            <source>3. Wait for an answer: no time is promised. Save the reminders below: they remind you after 30 and after 90 days. Keep answering any letter from USCIS meanwhile.</source>
            <translation>3. Chờ câu trả lời: không có thời hạn nào được hứa. Hãy lưu các lời nhắc bên dưới: chúng nhắc quý vị sau 30 và sau 90 ngày. Trong lúc đó, vẫn trả lời mọi thư từ USCIS.</translation>
        </message>
        <message>
            <source>4. If nothing comes: after 30 days, write or call the Ombudsman's office (addresses under “Where it goes”) with the receipt number and the date you sent it. Do not send the same request twice.</source>
            <translation>4. Nếu không có gì: sau 30 ngày, hãy viết thư hoặc gọi văn phòng Ombudsman (địa chỉ trong “Gửi đến đâu”), kèm số biên nhận và ngày quý vị đã gửi. Đừng gửi cùng một yêu cầu hai lần.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>The computer's password store did not keep the key: its window was closed or it said no. Nothing was set up. Choose a passphrase below instead, or choose the password store again to retry.</source>
            <translation>Kho mật khẩu của máy tính không giữ khóa: cửa sổ của nó đã bị đóng hoặc nó từ chối. Chưa có gì được thiết lập. Hãy chọn một cụm mật khẩu ở dưới, hoặc chọn lại kho mật khẩu để thử lại.</translation>
        </message>
        <message>
            <source>Welcome to Ombud Desktop</source>
            <translation>Chào mừng đến với Ombud Desktop</translation>
        </message>
        <message>
            <source>Your cases will be kept encrypted on this computer. Choose how to lock them.</source>
            <translation>Hồ sơ của quý vị sẽ được mã hóa trên máy tính này. Hãy chọn cách khóa.</translation>
        </message>
        <message>
            <source>With a passphrase I type each time (best on a shared computer)</source>
            <translation>Bằng cụm mật khẩu tôi gõ mỗi lần (tốt nhất cho máy tính dùng chung)</translation>
        </message>
        <message>
            <source>Nobody can open the cases without the passphrase.</source>
            <translation>Không ai mở được hồ sơ nếu không có cụm mật khẩu.</translation>
        </message>
        <message>
            <source>With this computer's password store (keyring)</source>
            <translation>Bằng kho mật khẩu của máy tính này (keyring)</translation>
        </message>
        <message>
            <source>Anyone who can log in to this computer account can open the cases.</source>
            <translation>Ai đăng nhập được vào tài khoản máy tính này cũng mở được hồ sơ.</translation>
        </message>
        <message>
            <source>If you choose it, the computer may ask for its own password (often the one you log in with) to open its password store.</source>
            <translation>Nếu quý vị chọn cách này, máy tính có thể hỏi mật khẩu riêng của nó (thường là mật khẩu quý vị dùng để đăng nhập) để mở kho mật khẩu.</translation>
        </message>
        <message>
            <source>No secure password store was found on this computer.</source>
            <translation>Không tìm thấy kho mật khẩu an toàn trên máy tính này.</translation>
        </message>
        <message>
            <source>Looking for this computer's password store…</source>
            <translation>Đang tìm kho mật khẩu của máy tính này…</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the passphrase is lost)</source>
            <translation>Tạo khóa khôi phục để in (phòng khi mất cụm mật khẩu)</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the password store is lost)</source>
            <translation>Tạo khóa khôi phục để in (nếu kho mật khẩu bị mất)</translation>
        </message>
        <message>
            <source>A long code shown once. Print it or write it down and keep it safe.</source>
            <translation>Một mã dài chỉ hiện một lần. In ra hoặc ghi lại và cất giữ cẩn thận.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Tạo</translation>
        </message>
        <message>
            <source>Sets up the encrypted storage.</source>
            <translation>Thiết lập kho lưu trữ mã hóa.</translation>
        </message>
    </context>
    <context>
        <name>HandoffPassphraseDialog</name>
        <message>
            <source>Protect the hand-off file</source>
            <translation>Bảo vệ tệp bàn giao</translation>
        </message>
        <message>
            <source>Open the hand-off file</source>
            <translation>Mở tệp bàn giao</translation>
        </message>
        <message>
            <source>Choose a passphrase for this file, and tell it to the receiver in person or by phone, never with the file. This one was made for you:</source>
            <translation>Hãy chọn một cụm mật khẩu cho tệp này và báo cho người nhận trực tiếp hoặc qua điện thoại, không bao giờ gửi kèm tệp. Cụm này đã được tạo sẵn cho quý vị:</translation>
        </message>
        <message>
            <source>The passphrase of this file:</source>
            <translation>Cụm mật khẩu của tệp này:</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Cụm mật khẩu gợi ý</translation>
        </message>
        <message>
            <source>Use this passphrase</source>
            <translation>Dùng cụm mật khẩu này</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Cụm mật khẩu</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>Nhập lại cụm mật khẩu</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>Hãy nhập cụm mật khẩu.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>Hai cụm mật khẩu không giống nhau. Hãy nhập cùng một cụm hai lần.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Draft</source>
            <translation>Bản nháp</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Đã gửi</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(chưa có tên)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 qua %2</translation>
        </message>
        <message>
            <source>due for deletion</source>
            <translation>đến hạn xóa</translation>
        </message>
        <message>
            <source>Not edited for a long time: delete it when you no longer need it.</source>
            <translation>Đã lâu không sửa: hãy xóa khi quý vị không còn cần.</translation>
        </message>
        <message>
            <source>No cases yet: start with “New case”.</source>
            <translation>Chưa có hồ sơ nào: hãy bắt đầu với “Hồ sơ mới”.</translation>
        </message>
        <message>
            <source>Choose a case and press Enter to open it, or start a new one.</source>
            <translation>Chọn một hồ sơ và nhấn Enter để mở, hoặc bắt đầu hồ sơ mới.</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>Xóa hồ sơ này?</translation>
        </message>
        <message>
            <source>“%1” and all its documents will be destroyed for good. This cannot be undone.</source>
            <translation>“%1” và tất cả giấy tờ của nó sẽ bị hủy vĩnh viễn. Không thể hoàn tác.</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>Hồ sơ đã bị xóa.</translation>
        </message>
        <message>
            <source>Save the hand-off file</source>
            <translation>Lưu tập tin chuyển giao</translation>
        </message>
        <message>
            <source>Hand-off files (*.ombud-handoff)</source>
            <translation>Tập tin chuyển giao (*.ombud-handoff)</translation>
        </message>
        <message>
            <source>Saved. The file is encrypted with the passphrase you chose.</source>
            <translation>Đã lưu. Tập tin được mã hóa bằng cụm mật khẩu quý vị đã chọn.</translation>
        </message>
        <message>
            <source>Open a hand-off file</source>
            <translation>Mở một tập tin chuyển giao</translation>
        </message>
        <message>
            <source>Saving the hand-off file</source>
            <translation>Đang lưu tệp bàn giao</translation>
        </message>
        <message>
            <source>Package made</source>
            <translation>Đã tạo gói hồ sơ</translation>
        </message>
        <message>
            <source>Case %1 cannot be opened: select it to see why.</source>
            <translation>Không mở được hồ sơ %1: chọn hồ sơ để xem lý do.</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Bị hỏng</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%1 trên %2 bước</translation>
        </message>
        <message>
            <source>Use the older copy of this case?</source>
            <translation>Dùng bản cũ hơn của hồ sơ này?</translation>
        </message>
        <message>
            <source>The copy of case %1 in the data folder is older than the last version Ombud Desktop saved, and no newer copy is left. Use it only if you put it back yourself from a backup: what was changed after that copy was made (answers, documents, the date it was sent) is not in it.</source>
            <translation>Bản của hồ sơ %1 trong thư mục dữ liệu cũ hơn phiên bản Ombud Desktop đã lưu lần cuối, và không còn bản nào mới hơn. Chỉ dùng bản này nếu chính quý vị đã đặt lại nó từ một bản sao lưu: những gì đã thay đổi sau khi bản này được tạo (câu trả lời, tài liệu, ngày gửi) không có trong đó.</translation>
        </message>
        <message>
            <source>Use this older copy</source>
            <translation>Dùng bản cũ hơn này</translation>
        </message>
        <message>
            <source>Encrypting the case and its documents…</source>
            <translation>Đang mã hóa hồ sơ và giấy tờ của hồ sơ…</translation>
        </message>
        <message>
            <source>Receiving a hand-off file</source>
            <translation>Đang nhận tệp bàn giao</translation>
        </message>
        <message>
            <source>Checking and adding the case…</source>
            <translation>Đang kiểm tra và thêm hồ sơ…</translation>
        </message>
        <message>
            <source>The case was added to your list.</source>
            <translation>Hồ sơ đã được thêm vào danh sách của quý vị.</translation>
        </message>
        <message>
            <source>Your cases</source>
            <translation>Hồ sơ của quý vị</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Mẫu đơn</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Tiến độ</translation>
        </message>
        <message>
            <source>Next thing to do</source>
            <translation>Việc cần làm tiếp theo</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>Sửa lần cuối</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a case and Enter to open it.</source>
            <translation>Dùng các phím mũi tên để chọn hồ sơ và Enter để mở.</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>Hồ sơ &amp;mới</translation>
        </message>
        <message>
            <source>Starts an empty case.</source>
            <translation>Bắt đầu một hồ sơ trống.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <source>Opens the chosen case where you left off.</source>
            <translation>Mở hồ sơ đã chọn ở chỗ quý vị dừng lại.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Xóa…</translation>
        </message>
        <message>
            <source>Destroys the chosen case and its documents, after asking.</source>
            <translation>Hủy hồ sơ đã chọn và giấy tờ của nó, sau khi hỏi lại.</translation>
        </message>
        <message>
            <source>&amp;Hand off…</source>
            <translation>&amp;Chuyển giao…</translation>
        </message>
        <message>
            <source>Saves the chosen case to an encrypted file for another volunteer.</source>
            <translation>Lưu hồ sơ đã chọn vào một tập tin mã hóa cho tình nguyện viên khác.</translation>
        </message>
        <message>
            <source>&amp;Receive a hand-off…</source>
            <translation>&amp;Nhận chuyển giao…</translation>
        </message>
        <message>
            <source>Adds a case from a hand-off file.</source>
            <translation>Thêm một hồ sơ từ tập tin chuyển giao.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <source>Language, automatic lock and more.</source>
            <translation>Ngôn ngữ, tự động khóa và các mục khác.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Ngôn ngữ:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Choose the language for the app. Each language is named in itself.</source>
            <translation>Chọn ngôn ngữ cho ứng dụng. Mỗi ngôn ngữ được ghi bằng chính tiếng đó.</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>mm/dd/yyyy</source>
            <translation>mm/dd/yyyy</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Your last changes are not saved</source>
            <translation>Những thay đổi mới nhất chưa được lưu</translation>
        </message>
        <message>
            <source>Ombud Desktop could not save your last changes (see the message at the bottom of the window). If you close now, they are lost. Close anyway?</source>
            <translation>Ombud Desktop không lưu được những thay đổi mới nhất (xem thông báo ở cuối cửa sổ). Nếu đóng bây giờ, chúng sẽ bị mất. Vẫn đóng?</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Thoát nhanh</translation>
        </message>
        <message>
            <source>Hides everything at once. Shortcut: %1</source>
            <translation>Ẩn mọi thứ ngay lập tức. Phím tắt: %1</translation>
        </message>
        <message>
            <source>Locks the app at once and hides every case. Shortcut: Ctrl+Shift+Q.</source>
            <translation>Khóa ứng dụng ngay và ẩn mọi hồ sơ. Phím tắt: Ctrl+Shift+Q.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseBox</name>
        <message>
            <source>Suggested passphrase: %1 — write it down before going on.</source>
            <translation>Cụm mật khẩu gợi ý: %1 — hãy ghi lại trước khi tiếp tục.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type them again.</source>
            <translation>Hai cụm mật khẩu không giống nhau. Hãy gõ lại.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Cụm mật khẩu</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: %1</source>
            <translation>Cụm mật khẩu này quá dễ đoán: %1</translation>
        </message>
        <message>
            <source>Use five or more words that do not belong together, or press “Suggest a passphrase”.</source>
            <translation>Hãy dùng năm từ trở lên không liên quan đến nhau, hoặc nhấn “Gợi ý một cụm mật khẩu”.</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Đủ mạnh.</translation>
        </message>
        <message>
            <source>&amp;Passphrase (five or more words)</source>
            <translation>&amp;Cụm mật khẩu (năm từ trở lên)</translation>
        </message>
        <message>
            <source>Five or more words that do not belong together. Write it down.</source>
            <translation>Năm từ trở lên không liên quan đến nhau. Hãy ghi lại.</translation>
        </message>
        <message>
            <source>&amp;Repeat the passphrase</source>
            <translation>&amp;Nhập lại cụm mật khẩu</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Nhập lại cụm mật khẩu</translation>
        </message>
        <message>
            <source>The same passphrase again, to catch typos.</source>
            <translation>Gõ lại đúng cụm mật khẩu đó, để phát hiện lỗi gõ.</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>Gợi ý một cụm mật khẩu</translation>
        </message>
        <message>
            <source>Makes up a strong passphrase and shows it, to write down.</source>
            <translation>Tạo ra một cụm mật khẩu mạnh và hiển thị để quý vị ghi lại.</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Cụm mật khẩu gợi ý</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Something unexpected went wrong while reading the notice ({kind}). Nothing was changed; type the values from the notice instead.</source>
            <translation>Đã xảy ra lỗi không mong muốn khi đọc thông báo ({kind}). Không có gì bị thay đổi; xin quý vị tự nhập các thông tin trên thông báo.</translation>
        </message>
        <message>
            <source>Check on the notice: %1</source>
            <translation>Hãy đối chiếu với thông báo: %1</translation>
        </message>
        <message>
            <source>The reader is not sure of this value: compare it with the notice.</source>
            <translation>Chương trình đọc không chắc chắn về thông tin này: xin đối chiếu với thông báo.</translation>
        </message>
        <message>
            <source>Receipt notice</source>
            <translation>Thông báo biên nhận</translation>
        </message>
        <message>
            <source>Transfer notice</source>
            <translation>Thông báo chuyển hồ sơ</translation>
        </message>
        <message>
            <source>Biometrics appointment</source>
            <translation>Lịch hẹn lấy sinh trắc học</translation>
        </message>
        <message>
            <source>Request for evidence</source>
            <translation>Yêu cầu bổ sung bằng chứng</translation>
        </message>
        <message>
            <source>Approval notice</source>
            <translation>Thông báo chấp thuận</translation>
        </message>
        <message>
            <source>Read a USCIS notice</source>
            <translation>Đọc thông báo của USCIS</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Số biên nhận</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>Ngày thông báo</translation>
        </message>
        <message>
            <source>Form number (case type)</source>
            <translation>Số mẫu đơn (loại hồ sơ)</translation>
        </message>
        <message>
            <source>Notice type</source>
            <translation>Loại thông báo</translation>
        </message>
        <message>
            <source>Priority date</source>
            <translation>Ngày ưu tiên</translation>
        </message>
        <message>
            <source>A-Number</source>
            <translation>Số A</translation>
        </message>
        <message>
            <source>Reading %1 on this computer…</source>
            <translation>Đang đọc %1 trên máy tính này…</translation>
        </message>
        <message>
            <source>No values were found in this picture. Try a sharper photo of the whole page in good light, or type the values from the notice.</source>
            <translation>Không tìm thấy thông tin nào trong hình này. Hãy thử chụp lại cả trang rõ hơn ở nơi đủ sáng, hoặc tự nhập thông tin trên thông báo.</translation>
        </message>
        <message>
            <source>Check each value against the notice and correct it if needed. Nothing is filled in until you choose “Use these”.</source>
            <translation>Hãy đối chiếu từng thông tin với thông báo và sửa nếu cần. Chưa có gì được điền cho đến khi quý vị chọn “Dùng các thông tin này”.</translation>
        </message>
        <message>
            <source>Characters in red may be misread. The highlighted areas show where each value was read.</source>
            <translation>Các ký tự màu đỏ có thể bị đọc sai. Các vùng được tô sáng cho thấy mỗi thông tin được đọc từ đâu.</translation>
        </message>
        <message>
            <source>“Use these” fills in the form number, receipt number and received date of an application. The other values are shown for you to compare.</source>
            <translation>“Dùng các thông tin này” sẽ điền số mẫu đơn, số biên nhận và ngày nhận của một đơn. Các thông tin khác chỉ hiển thị để quý vị đối chiếu.</translation>
        </message>
        <message>
            <source>Keep the notice with this case as a document (encrypted)</source>
            <translation>Giữ thông báo cùng hồ sơ này như một giấy tờ (được mã hóa)</translation>
        </message>
        <message>
            <source>Use these</source>
            <translation>Dùng các thông tin này</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Choose a photo, scan or PDF of the notice</source>
            <translation>Chọn ảnh chụp, bản quét hoặc PDF của thông báo</translation>
        </message>
        <message>
            <source>Pictures and PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>Hình ảnh và PDF (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;Tất cả tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>OrgHeader</name>
        <message>
            <source>Logo of %1</source>
            <translation>Biểu trưng của %1</translation>
        </message>
        <message>
            <source>Organization logo</source>
            <translation>Biểu trưng của tổ chức</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Nơi nhận trợ giúp</translation>
        </message>
        <message>
            <source>Some organization settings could not be used: the app works with its standard settings for them.</source>
            <translation>Không dùng được một số cài đặt của tổ chức: ứng dụng vẫn chạy với cài đặt tiêu chuẩn cho những mục đó.</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Chi tiết…</translation>
        </message>
        <message>
            <source>Hide this note</source>
            <translation>Ẩn thông báo này</translation>
        </message>
        <message>
            <source>Shows what is wrong in the organization settings and how to fix it.</source>
            <translation>Cho biết cài đặt của tổ chức sai ở đâu và cách sửa.</translation>
        </message>
        <message>
            <source>Hides this note until the app is started again.</source>
            <translation>Ẩn thông báo này cho đến khi mở lại ứng dụng.</translation>
        </message>
        <message>
            <source>Some organization settings could not be used, so the app uses its standard settings for them:</source>
            <translation>Không dùng được một số cài đặt của tổ chức, nên ứng dụng dùng cài đặt tiêu chuẩn cho những mục đó:</translation>
        </message>
        <message>
            <source>You can keep working. Tell whoever set up this app: they can fix the file %1 and check it with “ombud-desktop org-config”.</source>
            <translation>Quý vị vẫn có thể tiếp tục làm việc. Hãy báo cho người đã cài ứng dụng này: họ có thể sửa tệp %1 và kiểm tra bằng “ombud-desktop org-config”.</translation>
        </message>
        <message>
            <source>Organization settings</source>
            <translation>Cài đặt của tổ chức</translation>
        </message>
    </context>
    <context>
        <name>PdfPasswordBox</name>
        <message>
            <source>That password does not open “%1”. Try again, or skip this file.</source>
            <translation>Mật khẩu đó không mở được “%1”. Hãy thử lại hoặc bỏ qua tệp này.</translation>
        </message>
        <message>
            <source>“%1” is protected by a password. Type its password to add it: the app keeps a copy without the password, encrypted with this case.</source>
            <translation>“%1” được bảo vệ bằng mật khẩu. Nhập mật khẩu để thêm: ứng dụng giữ một bản sao không có mật khẩu, được mã hóa cùng hồ sơ này.</translation>
        </message>
        <message>
            <source>Password of the PDF</source>
            <translation>Mật khẩu của PDF</translation>
        </message>
        <message>
            <source>What you type is not shown. It opens the PDF once and is not kept.</source>
            <translation>Nội dung quý vị gõ không hiện ra. Mật khẩu chỉ dùng một lần để mở PDF và không được lưu.</translation>
        </message>
        <message>
            <source>Add &amp;with this password</source>
            <translation>Thêm &amp;với mật khẩu này</translation>
        </message>
        <message>
            <source>Opens the PDF with this password and adds it.</source>
            <translation>Mở PDF bằng mật khẩu này rồi thêm vào.</translation>
        </message>
        <message>
            <source>S&amp;kip this file</source>
            <translation>&amp;Bỏ qua tệp này</translation>
        </message>
        <message>
            <source>Does not add it.</source>
            <translation>Không thêm tệp này.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Previous page</source>
            <translation>Trang &amp;trước</translation>
        </message>
        <message>
            <source>Shows the page before.</source>
            <translation>Hiện trang trước.</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Trang &amp;sau</translation>
        </message>
        <message>
            <source>Shows the page after.</source>
            <translation>Hiện trang sau.</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Thu &amp;nhỏ</translation>
        </message>
        <message>
            <source>Makes the pages smaller.</source>
            <translation>Làm các trang nhỏ lại.</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Phóng &amp;to</translation>
        </message>
        <message>
            <source>Makes the pages larger.</source>
            <translation>Làm các trang to lên.</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>&amp;Vừa chiều ngang</translation>
        </message>
        <message>
            <source>Makes a page as wide as the view.</source>
            <translation>Làm trang rộng bằng khung xem.</translation>
        </message>
        <message>
            <source>Preview of the PDF that will be sent</source>
            <translation>Xem trước tập tin PDF sẽ được gửi</translation>
        </message>
        <message>
            <source>The pages of the PDF. Page Up and Page Down turn the pages, the arrow keys scroll, Ctrl and + or − zoom.</source>
            <translation>Các trang của PDF. Page Up và Page Down để lật trang, phím mũi tên để cuộn, Ctrl và + hoặc − để phóng to, thu nhỏ.</translation>
        </message>
        <message>
            <source>The preview could not be shown: the PDF did not load.</source>
            <translation>Không hiện được bản xem trước: tập tin PDF không tải được.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Trang %1 / %2</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>Chưa có bản xem trước</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewPanel</name>
        <message>
            <source>Making the preview…</source>
            <translation>Đang làm bản xem trước…</translation>
        </message>
        <message>
            <source>This is the PDF as it will be sent (marked PREVIEW until signed).</source>
            <translation>Đây là tập tin PDF đúng như sẽ được gửi (có chữ PREVIEW cho đến khi ký).</translation>
        </message>
        <message>
            <source>The preview could not be made: %1</source>
            <translation>Không làm được bản xem trước: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the PDF</source>
            <translation>Kiểm tra PDF</translation>
        </message>
        <message>
            <source>This is your request exactly as the Ombudsman will receive it: the form, then the list of your documents and their pages. It is marked PREVIEW; the copy made on the next step has no such marks and is signed as you chose.</source>
            <translation>Đây đúng là yêu cầu của quý vị như Ombudsman sẽ nhận: mẫu đơn, rồi danh sách giấy tờ của quý vị và các trang. Bản này có dấu PREVIEW (xem trước); bản được tạo ở bước sau không có dấu đó và được ký theo cách quý vị đã chọn.</translation>
        </message>
    </context>
    <context>
        <name>ProcessingTimeView</name>
        <message>
            <source>When you enter the USCIS receipt date of your application (step “Applications and petitions”), a picture here shows how long it has waited.</source>
            <translation>Khi quý vị nhập ngày USCIS nhận đơn (bước “Các đơn và đơn bảo lãnh”), một hình ở đây sẽ cho thấy hồ sơ đã chờ bao lâu.</translation>
        </message>
        <message>
            <source>Received by USCIS</source>
            <translation>USCIS đã nhận</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hôm nay</translation>
        </message>
        <message>
            <source>Your case has been pending %1 months.</source>
            <translation>Hồ sơ của quý vị đã chờ %1 tháng.</translation>
        </message>
        <message>
            <source>Posted processing time ends</source>
            <translation>Hết thời gian xử lý được công bố</translation>
        </message>
        <message>
            <source>That is %1 months past the posted time.</source>
            <translation>Đã quá thời gian công bố %1 tháng.</translation>
        </message>
        <message>
            <source>It is still within the posted processing time.</source>
            <translation>Vẫn còn trong thời gian xử lý được công bố.</translation>
        </message>
        <message>
            <source>Timeline of your case</source>
            <translation>Dòng thời gian của hồ sơ</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Ready to send.</source>
            <translation>Sẵn sàng để gửi.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) worth a look below; they do not stop you.</source>
            <translation>
                <numerusform>Có %n điều nên xem bên dưới; chúng không ngăn quý vị đi tiếp.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not ready yet: %n answer(s) must be fixed first.</source>
            <translation>
                <numerusform>Chưa sẵn sàng: cần sửa %n câu trả lời trước.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more worth a look.</source>
            <translation>
                <numerusform>Thêm %n điều nên xem.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must fix</source>
            <translation>Phải sửa</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Nên xem</translation>
        </message>
        <message>
            <source>Readiness report</source>
            <translation>Báo cáo mức sẵn sàng</translation>
        </message>
        <message>
            <source>Each line is something to fix or check. Press Enter to go to that answer.</source>
            <translation>Mỗi dòng là một điều cần sửa hoặc nên xem. Nhấn Enter để đến câu trả lời đó.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsPage</name>
        <message>
            <source>What you said on the step “Can the Ombudsman help?” is already ticked below. Add any other reason, or untick one that does not fit.</source>
            <translation>Những gì quý vị đã nói ở bước “Ombudsman có giúp được không?” đã được đánh dấu bên dưới. Hãy thêm lý do khác, hoặc bỏ đánh dấu lý do không đúng.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>Khóa khôi phục mới</translation>
        </message>
        <message>
            <source>Closes this window.</source>
            <translation>Đóng cửa sổ này.</translation>
        </message>
        <message>
            <source>Close without noting the key?</source>
            <translation>Đóng mà không ghi lại khóa?</translation>
        </message>
        <message>
            <source>The recovery key is not shown again. Close anyway? (You can make another one in Settings.)</source>
            <translation>Khóa khôi phục sẽ không được hiển thị lại. Vẫn đóng? (Quý vị có thể tạo khóa khác trong Cài đặt.)</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation>Tạo khóa khôi phục mới</translation>
        </message>
        <message>
            <source>Your old recovery key will stop working: throw that paper away once the new key is printed or written down. Go on?</source>
            <translation>Khóa khôi phục cũ sẽ không dùng được nữa: hãy bỏ tờ giấy đó đi khi đã in hoặc ghi lại khóa mới. Tiếp tục?</translation>
        </message>
        <message>
            <source>Your current passphrase:</source>
            <translation>Cụm mật khẩu hiện tại của quý vị:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <source>Group %1 of %2: %3</source>
            <translation>Nhóm %1 trên %2: %3</translation>
        </message>
        <message>
            <source>Shown once. Print or write it down.</source>
            <translation>Chỉ hiện một lần. In ra hoặc ghi lại.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key down by hand, carefully, group by group.</source>
            <translation>Máy tính này chưa cài máy in nào. Hãy chép tay khóa thật cẩn thận, từng nhóm một.</translation>
        </message>
        <message>
            <source>Nothing was saved. Choose a printer, or write it down.</source>
            <translation>Không có gì được lưu. Hãy chọn một máy in, hoặc chép tay.</translation>
        </message>
        <message>
            <source>Ombud Desktop recovery key</source>
            <translation>Khóa khôi phục Ombud Desktop</translation>
        </message>
        <message>
            <source>Keep this paper in a safe place. It opens all your cases.</source>
            <translation>Giữ tờ giấy này ở nơi an toàn. Nó mở được tất cả hồ sơ của quý vị.</translation>
        </message>
        <message>
            <source>Save the recovery key in a file?</source>
            <translation>Lưu khóa khôi phục vào một tệp?</translation>
        </message>
        <message>
            <source>You chose to print into a file. That file is not encrypted: anyone who finds it can open all your cases. Print on paper instead, or delete the file as soon as it is printed. Save it anyway?</source>
            <translation>Quý vị đã chọn in ra tệp. Tệp đó không được mã hóa: ai tìm thấy nó đều mở được mọi hồ sơ của quý vị. Hãy in ra giấy, hoặc xóa tệp ngay khi đã in. Vẫn lưu?</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Khóa khôi phục của quý vị</translation>
        </message>
        <message>
            <source>This key opens your cases if the passphrase is forgotten. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
            <translation>Khóa này mở hồ sơ của quý vị nếu quên cụm mật khẩu. Nó chỉ hiện lúc này. In ra hoặc ghi lại, và cất xa máy tính này.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Khóa khôi phục</translation>
        </message>
        <message>
            <source>&amp;Print the recovery key…</source>
            <translation>&amp;In khóa khôi phục…</translation>
        </message>
        <message>
            <source>Prints the key on paper.</source>
            <translation>In khóa ra giấy.</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>Tôi đã in hoặc ghi lại khóa khôi phục</translation>
        </message>
        <message>
            <source>Needed to go on; the key is not shown again.</source>
            <translation>Cần có để đi tiếp; khóa sẽ không hiện lại.</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>Tiếp &amp;tục</translation>
        </message>
        <message>
            <source>Goes to your list of cases.</source>
            <translation>Đi đến danh sách hồ sơ của quý vị.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review your answers</source>
            <translation>Xem lại câu trả lời</translation>
        </message>
        <message>
            <source>Hi&amp;de the PDF</source>
            <translation>Ẩ&amp;n PDF</translation>
        </message>
        <message>
            <source>Hides the PDF again; your answers stay as they are.</source>
            <translation>Ẩn PDF đi; câu trả lời của quý vị vẫn giữ nguyên.</translation>
        </message>
        <message>
            <source>&amp;Show the PDF as it will be sent</source>
            <translation>&amp;Xem PDF đúng như sẽ gửi</translation>
        </message>
        <message>
            <source>Shows the form and your documents as one PDF, below this button.</source>
            <translation>Hiện mẫu đơn và giấy tờ của quý vị thành một PDF, ngay dưới nút này.</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Chưa có câu trả lời</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>Sửa “%1”</translation>
        </message>
        <message>
            <source>Goes to this step to change these answers.</source>
            <translation>Đi đến bước này để sửa các câu trả lời này.</translation>
        </message>
        <message>
            <source>Read your answers once more. Use “Change” to fix anything; you come back here with Next. Lines marked “Must fix” keep the form from being sent.</source>
            <translation>Đọc lại câu trả lời một lần nữa. Dùng “Sửa” để chỉnh bất cứ điều gì; quý vị quay lại đây bằng nút Tiếp. Các dòng ghi “Phải sửa” khiến mẫu đơn chưa gửi được.</translation>
        </message>
        <message>
            <source>Is it ready to send?</source>
            <translation>Đã sẵn sàng để gửi chưa?</translation>
        </message>
        <message>
            <source>Your answers, as on the form</source>
            <translation>Câu trả lời của quý vị, như trên mẫu đơn</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>The Ombudsman may not be able to help</source>
            <translation>Ombudsman có thể không giúp được</translation>
        </message>
    </context>
    <context>
        <name>SentPanel</name>
        <message>
            <source>The reference holds invisible control characters ({chars}). Type it again without them.</source>
            <translation>Số tham chiếu có ký tự điều khiển vô hình ({chars}). Hãy gõ lại mà không có chúng.</translation>
        </message>
        <message>
            <source>Could not record it just now; try again.</source>
            <translation>Chưa ghi lại được lúc này; hãy thử lại.</translation>
        </message>
        <message>
            <source>Marked as sent on {date} by {channel}.</source>
            <translation>Đã đánh dấu là đã gửi ngày {date} bằng {channel}.</translation>
        </message>
        <message>
            <source>Save follow-up reminders</source>
            <translation>Lưu lời nhắc theo dõi</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Tập tin lịch (*.ics)</translation>
        </message>
        <message>
            <source>The reminders could not be saved ({reason}). Choose another folder.</source>
            <translation>Không lưu được lời nhắc ({reason}). Hãy chọn thư mục khác.</translation>
        </message>
        <message>
            <source>Reminders saved: open {path} to add them to your calendar.</source>
            <translation>Đã lưu lời nhắc: mở {path} để thêm vào lịch của quý vị.</translation>
        </message>
        <message>
            <source>Delete the package?</source>
            <translation>Xóa gói hồ sơ?</translation>
        </message>
        <message>
            <source>The package is not encrypted. Now that it is sent, delete it from this computer? (Your case stays saved in Ombud Desktop.)</source>
            <translation>Gói hồ sơ không được mã hóa. Vì đã gửi rồi, quý vị có muốn xóa nó khỏi máy tính này không? (Hồ sơ của quý vị vẫn được lưu trong Ombud Desktop.)</translation>
        </message>
        <message>
            <source>The package was deleted.</source>
            <translation>Gói hồ sơ đã được xóa.</translation>
        </message>
        <message>
            <source>After sending</source>
            <translation>Sau khi gửi</translation>
        </message>
        <message>
            <source>Date sent:</source>
            <translation>Ngày gửi:</translation>
        </message>
        <message>
            <source>Sent by:</source>
            <translation>Gửi bằng:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Số tham chiếu:</translation>
        </message>
        <message>
            <source>fax confirmation number, tracking number, or the email's date</source>
            <translation>số xác nhận fax, số theo dõi bưu kiện, hoặc ngày gửi email</translation>
        </message>
        <message>
            <source>The day you emailed, faxed or mailed it.</source>
            <translation>Ngày quý vị gửi bằng email, fax hoặc bưu điện.</translation>
        </message>
        <message>
            <source>How you sent it: email, fax or mail.</source>
            <translation>Quý vị đã gửi bằng cách nào: email, fax hay bưu điện.</translation>
        </message>
        <message>
            <source>Mark as &amp;sent</source>
            <translation>Đánh dấu là đã &amp;gửi</translation>
        </message>
        <message>
            <source>Record that it was sent</source>
            <translation>Ghi lại là đã gửi</translation>
        </message>
        <message>
            <source>Save &amp;reminders…</source>
            <translation>Lưu &amp;lời nhắc…</translation>
        </message>
        <message>
            <source>A calendar file reminding you to follow up after 30 and 90 days</source>
            <translation>Một tập tin lịch nhắc quý vị theo dõi sau 30 và 90 ngày</translation>
        </message>
        <message>
            <source>&amp;Delete the package</source>
            <translation>&amp;Xóa gói hồ sơ</translation>
        </message>
        <message>
            <source>Remove the unencrypted export from this computer</source>
            <translation>Xóa bản xuất không mã hóa khỏi máy tính này</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Không bao giờ</translation>
        </message>
        <message>
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <source> days</source>
            <translation> ngày</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Độ tương phản cao</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Khóa sau số phút không dùng này</translation>
        </message>
        <message>
            <source>Hides everything when nobody touched the keyboard or mouse. 0 = never.</source>
            <translation>Ẩn mọi thứ khi không ai chạm vào bàn phím hay chuột. 0 = không bao giờ.</translation>
        </message>
        <message>
            <source>Mark cases for deletion after</source>
            <translation>Đánh dấu hồ sơ để xóa sau</translation>
        </message>
        <message>
            <source>Cases not edited for this long are marked on the case list.</source>
            <translation>Hồ sơ không được sửa trong khoảng thời gian này sẽ được đánh dấu trong danh sách.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Cỡ chữ</translation>
        </message>
        <message>
            <source>Makes all text bigger, up to twice the normal size.</source>
            <translation>Làm mọi chữ to hơn, đến gấp đôi cỡ thường.</translation>
        </message>
        <message>
            <source>Black text on white with strong lines.</source>
            <translation>Chữ đen trên nền trắng với nét đậm.</translation>
        </message>
        <message>
            <source>Change the passphrase…</source>
            <translation>Đổi cụm mật khẩu…</translation>
        </message>
        <message>
            <source>Add a passphrase…</source>
            <translation>Thêm cụm mật khẩu…</translation>
        </message>
        <message>
            <source>A new passphrase to unlock your cases; the old one stops working.</source>
            <translation>Một cụm mật khẩu mới để mở khóa hồ sơ; cụm cũ không dùng được nữa.</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>Tạo khóa khôi phục mới…</translation>
        </message>
        <message>
            <source>Shows a new key to print; an earlier key stops working.</source>
            <translation>Hiển thị một khóa mới để in; khóa trước đó không dùng được nữa.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Đã đổi cụm mật khẩu.</translation>
        </message>
        <message>
            <source>The new recovery key is in force.</source>
            <translation>Khóa khôi phục mới đã có hiệu lực.</translation>
        </message>
        <message>
            <source>Ombud Desktop %1</source>
            <translation>Ombud Desktop, phiên bản %1</translation>
        </message>
        <message>
            <source>Set up by %1.</source>
            <translation>Do %1 cài đặt cho quý vị.</translation>
        </message>
        <message>
            <source>Mark cases for deletion?</source>
            <translation>Đánh dấu hồ sơ để xóa?</translation>
        </message>
        <message numerus="yes">
            <source>With a period of %1 days, %n more case(s) will be marked as due for deletion. Change the period?</source>
            <translation>
                <numerusform>Với thời hạn %1 ngày, sẽ có thêm %n hồ sơ bị đánh dấu là đến hạn xóa. Đổi thời hạn?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature drawing area</source>
            <translation>Khung vẽ chữ ký</translation>
        </message>
        <message>
            <source>Sign here with a mouse, pen or finger. Press Delete to clear. Without a mouse, choose the typed signature or print and sign instead.</source>
            <translation>Ký ở đây bằng chuột, bút hoặc ngón tay. Nhấn Delete để xóa. Nếu không dùng chuột, hãy chọn chữ ký gõ hoặc in ra rồi ký.</translation>
        </message>
    </context>
    <context>
        <name>SignedPagePanel</name>
        <message>
            <source>Save the page to sign</source>
            <translation>Lưu trang cần ký</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The page could not be saved ({reason}). Choose another folder.</source>
            <translation>Không lưu được trang ({reason}). Hãy chọn thư mục khác.</translation>
        </message>
        <message>
            <source>Saved in {path} (not encrypted: delete it once the signed page is added). Sign and date it in ink.</source>
            <translation>Đã lưu tại {path} (không được mã hóa: hãy xóa sau khi đã thêm trang đã ký). Hãy ký và ghi ngày bằng mực.</translation>
        </message>
        <message>
            <source>Choose the scan or photo of the signed page</source>
            <translation>Chọn bản quét hoặc ảnh của trang đã ký</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
            <translation>Bản quét và ảnh (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Adding the signed page (encrypted)…</source>
            <translation>Đang thêm trang đã ký (được mã hóa)…</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Không thêm được tệp đó. Không có gì bị thay đổi; hãy thử tệp khác.</translation>
        </message>
        <message>
            <source>The signed page is added. It is kept encrypted.</source>
            <translation>Đã thêm trang đã ký. Trang được lưu ở dạng mã hóa.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax: print the page to sign, sign and date it in ink, then add a scan or a phone photo of the signed page. By mail, sign the printed form itself.</source>
            <translation>Mẫu đơn này được ký tay bằng mực. Để gửi qua email hoặc fax: in trang cần ký, ký và ghi ngày bằng mực, rồi thêm bản quét hoặc ảnh chụp bằng điện thoại của trang đã ký. Nếu gửi qua bưu điện, hãy ký vào chính mẫu đơn đã in.</translation>
        </message>
        <message>
            <source>The signed page is added: it takes the place of the unsigned page in everything you send.</source>
            <translation>Đã thêm trang đã ký: trang này thay cho trang chưa ký trong mọi thứ quý vị gửi.</translation>
        </message>
        <message>
            <source>Print the page to sign</source>
            <translation>In trang cần ký</translation>
        </message>
        <message>
            <source>The signature page with the person's name and receipt number on it</source>
            <translation>Trang chữ ký có tên của người đó và số biên nhận</translation>
        </message>
        <message>
            <source>Add the signed page</source>
            <translation>Thêm trang đã ký</translation>
        </message>
        <message>
            <source>A scan or phone photo of the page, signed and dated in ink</source>
            <translation>Bản quét hoặc ảnh chụp bằng điện thoại của trang, đã ký và ghi ngày bằng mực</translation>
        </message>
    </context>
    <context>
        <name>SubmitterPage</name>
        <message>
            <source>Your saved details were filled in.</source>
            <translation>Thông tin đã lưu của quý vị đã được điền vào.</translation>
        </message>
        <message>
            <source>Fill in your details first, then save them.</source>
            <translation>Hãy điền thông tin của quý vị trước, rồi lưu lại.</translation>
        </message>
        <message>
            <source>Saved. New cases can be filled with these details in one step.</source>
            <translation>Đã lưu. Hồ sơ mới có thể được điền các thông tin này chỉ trong một bước.</translation>
        </message>
        <message>
            <source>&amp;Fill in my saved details</source>
            <translation>&amp;Điền thông tin tôi đã lưu</translation>
        </message>
        <message>
            <source>Copies the details you saved before (name, organization, contact) here.</source>
            <translation>Chép vào đây thông tin quý vị đã lưu trước đó (tên, tổ chức, liên lạc).</translation>
        </message>
        <message>
            <source>Sa&amp;ve my details for next time</source>
            <translation>&amp;Lưu thông tin của tôi cho lần sau</translation>
        </message>
        <message>
            <source>Keeps these details, encrypted, to fill in new cases quickly.</source>
            <translation>Giữ các thông tin này, được mã hóa, để điền nhanh hồ sơ mới.</translation>
        </message>
    </context>
    <context>
        <name>TermHelp</name>
        <message>
            <source>What is “%1”?</source>
            <translation>“%1” là gì?</translation>
        </message>
        <message>
            <source>Shows or hides a short explanation.</source>
            <translation>Hiện hoặc ẩn một lời giải thích ngắn.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Type your passphrase, then press Enter.</source>
            <translation>Gõ cụm mật khẩu, rồi nhấn Enter.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>Cụm mật khẩu không đúng. Kiểm tra phím Caps Lock và thử lại.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Type your passphrase instead, or try the password store again.</source>
            <translation>Kho mật khẩu của máy tính không đưa ra khóa: cửa sổ của nó đã bị đóng hoặc nó từ chối. Hãy gõ cụm mật khẩu của quý vị, hoặc thử lại kho mật khẩu.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Use your recovery key instead, or try the password store again.</source>
            <translation>Kho mật khẩu của máy tính không đưa ra khóa: cửa sổ của nó đã bị đóng hoặc nó từ chối. Hãy dùng khóa khôi phục, hoặc thử lại kho mật khẩu.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Try again, and type the computer's password when it asks.</source>
            <translation>Kho mật khẩu của máy tính không đưa ra khóa: cửa sổ của nó đã bị đóng hoặc nó từ chối. Hãy thử lại, và gõ mật khẩu máy tính khi được hỏi.</translation>
        </message>
        <message>
            <source>Type the recovery key from your paper, then press Enter.</source>
            <translation>Hãy gõ khóa khôi phục trên tờ giấy của quý vị, rồi nhấn Enter.</translation>
        </message>
        <message>
            <source>The new passphrase is saved. Your old recovery key no longer works.</source>
            <translation>Đã lưu cụm mật khẩu mới. Khóa khôi phục cũ không còn dùng được.</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Chọn một cụm mật khẩu mới</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Đã khóa</translation>
        </message>
        <message>
            <source>Ombud Desktop is locked and your cases are hidden. Unlock to go on.</source>
            <translation>Ombud Desktop đã khóa và hồ sơ của quý vị đang được ẩn. Hãy mở khóa để tiếp tục.</translation>
        </message>
        <message>
            <source>Unlock your cases</source>
            <translation>Mở khóa hồ sơ</translation>
        </message>
        <message>
            <source>Your cases are kept encrypted on this computer.</source>
            <translation>Hồ sơ của quý vị được mã hóa trên máy tính này.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Cụm mật khẩu</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Cụm mật khẩu</translation>
        </message>
        <message>
            <source>The passphrase chosen when Ombud Desktop was set up. Press Enter to unlock.</source>
            <translation>Cụm mật khẩu đã chọn khi cài đặt Ombud Desktop. Nhấn Enter để mở khóa.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Mở khóa</translation>
        </message>
        <message>
            <source>Unlocks with the passphrase.</source>
            <translation>Mở khóa bằng cụm mật khẩu.</translation>
        </message>
        <message>
            <source>Unlock with the &amp;system keyring</source>
            <translation>Mở khóa bằng &amp;kho khóa của hệ thống</translation>
        </message>
        <message>
            <source>Uses the key kept by this computer's password store.</source>
            <translation>Dùng khóa được giữ trong kho mật khẩu của máy tính này.</translation>
        </message>
        <message>
            <source>Use the recovery &amp;key</source>
            <translation>Dùng &amp;khóa khôi phục</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Opens your cases with the recovery key on paper.</source>
            <translation>Quên cụm mật khẩu? Mở hồ sơ của quý vị bằng khóa khôi phục trên giấy.</translation>
        </message>
        <message>
            <source>Recovery &amp;key (groups of four letters and digits)</source>
            <translation>&amp;Khóa khôi phục (các nhóm bốn chữ cái và chữ số)</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Khóa khôi phục</translation>
        </message>
        <message>
            <source>Type it as printed; dashes and spaces do not matter. Press Enter to open.</source>
            <translation>Gõ như trên giấy in; dấu gạch và khoảng trắng không quan trọng. Nhấn Enter để mở.</translation>
        </message>
        <message>
            <source>&amp;Open with the recovery key</source>
            <translation>&amp;Mở bằng khóa khôi phục</translation>
        </message>
        <message>
            <source>Opens your cases, then asks for a new passphrase.</source>
            <translation>Mở hồ sơ của quý vị, rồi hỏi một cụm mật khẩu mới.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Quay lại</translation>
        </message>
        <message>
            <source>Back to the passphrase.</source>
            <translation>Quay lại cụm mật khẩu.</translation>
        </message>
        <message>
            <source>Your cases are open. Now choose a new passphrase: you will type it from now on.</source>
            <translation>Hồ sơ của quý vị đã mở. Bây giờ hãy chọn một cụm mật khẩu mới: từ nay quý vị sẽ gõ cụm này.</translation>
        </message>
        <message>
            <source>&amp;Save the new passphrase</source>
            <translation>&amp;Lưu cụm mật khẩu mới</translation>
        </message>
        <message>
            <source>Saves it and opens your cases. Your recovery key keeps working.</source>
            <translation>Lưu lại và mở hồ sơ của quý vị. Khóa khôi phục vẫn dùng được.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Chào mừng</translation>
        </message>
        <message>
            <source>This app helps you ask the CIS Ombudsman for help with a case that is stuck or went wrong at USCIS. It fills in Form DHS-7001 with you, one question at a time, and makes a package you can email, fax or mail.</source>
            <translation>Ứng dụng này giúp quý vị xin CIS Ombudsman giúp đỡ khi hồ sơ ở USCIS bị kẹt hoặc bị sai. Ứng dụng cùng quý vị điền Mẫu DHS-7001, mỗi lần một câu hỏi, và làm ra một gói hồ sơ quý vị có thể gửi qua email, fax hoặc bưu điện.</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>Những gì quý vị cần</translation>
        </message>
        <message>
            <source>• Your USCIS receipt notices (the receipt number starts with 3 letters).
• The dates you contacted USCIS and any reference numbers.
• Copies of letters from USCIS and of what you sent them. Never send originals.
• About 20 to 40 minutes. You can stop at any time: everything is saved.</source>
            <translation>• Các giấy biên nhận của USCIS (số biên nhận bắt đầu bằng 3 chữ cái).
• Các ngày quý vị liên lạc với USCIS và các số tham chiếu.
• Bản sao thư của USCIS và những gì quý vị đã gửi cho họ. Đừng bao giờ gửi bản gốc.
• Khoảng 20 đến 40 phút. Quý vị có thể dừng bất cứ lúc nào: mọi thứ đều được lưu.</translation>
        </message>
        <message>
            <source>Your privacy</source>
            <translation>Quyền riêng tư của quý vị</translation>
        </message>
        <message>
            <source>Everything you type and every document you add stays on this computer, encrypted. The app never uses the internet. Nothing is sent until you send it yourself. Use Quick exit (Ctrl+Shift+Q) to hide everything at once.</source>
            <translation>Mọi điều quý vị gõ và mọi giấy tờ quý vị thêm đều ở lại trên máy tính này, được mã hóa. Ứng dụng không bao giờ dùng internet. Không có gì được gửi đi cho đến khi chính quý vị gửi. Dùng Thoát nhanh (Ctrl+Shift+Q) để ẩn mọi thứ ngay lập tức.</translation>
        </message>
        <message>
            <source>What the Ombudsman can and cannot do</source>
            <translation>Những gì Ombudsman có thể và không thể làm</translation>
        </message>
        <message>
            <source>The Ombudsman can ask USCIS to look at a problem with your case. It cannot give legal advice or change a USCIS decision. This app is not made by the U.S. government and does not give legal advice.</source>
            <translation>Ombudsman có thể yêu cầu USCIS xem xét vấn đề trong hồ sơ của quý vị. Ombudsman không thể tư vấn pháp lý hay thay đổi quyết định của USCIS. Ứng dụng này không do chính phủ Hoa Kỳ làm ra và không tư vấn pháp lý.</translation>
        </message>
    </context>
    <context>
        <name>WizardView</name>
        <message>
            <source>Saving…</source>
            <translation>Đang lưu…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Đã lưu</translation>
        </message>
        <message>
            <source>Please answer this before going on: %1</source>
            <translation>Xin trả lời câu này trước khi đi tiếp: %1</translation>
        </message>
        <message>
            <source>This step is not needed for this case.</source>
            <translation>Hồ sơ này không cần bước này.</translation>
        </message>
        <message>
            <source>Use Next to reach this step; earlier steps come first.</source>
            <translation>Dùng nút Tiếp để đến bước này; các bước trước phải làm trước.</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>(không cần)</translation>
        </message>
        <message>
            <source>Step %1, “%2”, is now needed because of your answer.</source>
            <translation>Bây giờ cần bước %1, “%2”, vì câu trả lời của quý vị.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Các bước</translation>
        </message>
        <message>
            <source>The steps of the form. Press Enter on a step you have visited to go back to it.</source>
            <translation>Các bước của mẫu đơn. Nhấn Enter trên một bước đã xem để quay lại bước đó.</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>&amp;Trang chính</translation>
        </message>
        <message>
            <source>Back to the list of cases. Everything is saved.</source>
            <translation>Quay lại danh sách hồ sơ. Mọi thứ đã được lưu.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Lùi</translation>
        </message>
        <message>
            <source>The previous step. Nothing you typed is lost. Shortcut: Alt+Left.</source>
            <translation>Bước trước. Không mất gì quý vị đã gõ. Phím tắt: Alt+Trái.</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp &gt;</translation>
        </message>
        <message>
            <source>The next step. Shortcut: Alt+Right.</source>
            <translation>Bước tiếp theo. Phím tắt: Alt+Phải.</translation>
        </message>
    </context>
    <context>
        <name>background_job</name>
        <message>
            <source>Something unexpected went wrong ({kind}). Your answers are safe; go back a step and try again.</source>
            <translation>Đã xảy ra lỗi ngoài dự kiến ({kind}). Câu trả lời của quý vị vẫn an toàn; hãy quay lại một bước rồi thử lại.</translation>
        </message>
    </context>
    <context>
        <name>bundle_readme</name>
        <message>
            <source>Email (recommended)</source>
            <translation>Email (nên dùng)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>Bưu điện</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Điện thoại (miễn phí)</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Trang web</translation>
        </message>
        <message>
            <source>Request for case assistance to the CIS Ombudsman (Form DHS-7001)</source>
            <translation>Yêu cầu CIS Ombudsman hỗ trợ hồ sơ (Mẫu DHS-7001)</translation>
        </message>
        <message>
            <source>For: {name}. Receipt number: {receipt}. Made on {date}. Way to send: {channel}.</source>
            <translation>Cho: {name}. Số biên nhận: {receipt}. Làm ngày {date}. Cách gửi: {channel}.</translation>
        </message>
        <message>
            <source>Prepared with the help of {organization}.</source>
            <translation>Được chuẩn bị với sự giúp đỡ của {organization}.</translation>
        </message>
        <message>
            <source>Where to get help: {help}</source>
            <translation>Nơi nhận trợ giúp: {help}</translation>
        </message>
        <message>
            <source>Important: the files in this folder are not encrypted and hold private information. Keep them safe, and delete this folder once the request is sent.</source>
            <translation>Quan trọng: các tập tin trong thư mục này không được mã hóa và có thông tin riêng tư. Hãy giữ kỹ, và xóa thư mục này khi đã gửi yêu cầu.</translation>
        </message>
        <message>
            <source>The Ombudsman's office changed how it operates in 2025. These contact details may be out of date: confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>Văn phòng Ombudsman đã thay đổi cách làm việc vào năm 2025. Thông tin liên lạc này có thể đã cũ: hãy xác nhận tại www.dhs.gov/cisombudsman khi quý vị có internet.</translation>
        </message>
        <message>
            <source>Before you send: confirm the contact details</source>
            <translation>Trước khi gửi: kiểm tra thông tin liên lạc</translation>
        </message>
        <message>
            <source>{label}: {value} (from: {source}; last checked {checked}).</source>
            <translation>{label}: {value} (nguồn: {source}; kiểm tra lần cuối {checked}).</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>Cách gửi</translation>
        </message>
        <message>
            <source>What is in this folder</source>
            <translation>Trong thư mục này có gì</translation>
        </message>
        <message>
            <source>manifest.json and SHA256SUMS: every file with its size and SHA-256 checksum, to check that nothing was changed or lost on the way.</source>
            <translation>manifest.json và SHA256SUMS: mọi tập tin cùng kích thước và mã kiểm tra SHA-256, để xác nhận không có gì bị thay đổi hay thất lạc trên đường gửi.</translation>
        </message>
        <message>
            <source>After sending: in Ombud Desktop, mark the case as sent with the date and the reference ({reference}). It makes reminders to follow up after 30 and 90 days.</source>
            <translation>Sau khi gửi: trong Ombud Desktop, đánh dấu hồ sơ là đã gửi, kèm ngày và số tham chiếu ({reference}). Ứng dụng sẽ nhắc quý vị theo dõi sau 30 và 90 ngày.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>email</translation>
        </message>
        <message>
            <source>fax</source>
            <translation>fax</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>bưu điện</translation>
        </message>
        <message>
            <source>the date you sent the email</source>
            <translation>ngày quý vị gửi email</translation>
        </message>
        <message>
            <source>the number on the fax confirmation page</source>
            <translation>số trên trang xác nhận fax</translation>
        </message>
        <message>
            <source>the tracking number, if any</source>
            <translation>số theo dõi bưu kiện, nếu có</translation>
        </message>
        <message>
            <source>Open {first_eml} (double-click it): your mail program opens it as a new message to {email}, with the files attached.</source>
            <translation>Mở {first_eml} (nhấp đúp): chương trình email của quý vị sẽ mở nó thành thư mới gửi đến {email}, có đính kèm các tập tin.</translation>
        </message>
        <message>
            <source>There are {count} messages: send all of them, from part 1 to part {count}. Each one says in its text which documents it carries.</source>
            <translation>Có {count} thư: hãy gửi tất cả, từ phần 1 đến phần {count}. Mỗi thư ghi trong nội dung những giấy tờ nó mang theo.</translation>
        </message>
        <message>
            <source>Check the message, then press Send.</source>
            <translation>Kiểm tra thư, rồi nhấn Gửi.</translation>
        </message>
        <message>
            <source>If you use email in a web browser (Gmail, Outlook.com, Yahoo): write a new message to {email} with the subject "{subject}", copy into it the text of the matching message-N.txt file, attach the files it names from the folder "attachments", and send.</source>
            <translation>Nếu quý vị dùng email trên trình duyệt (Gmail, Outlook.com, Yahoo): soạn thư mới đến {email} với tiêu đề "{subject}", chép vào đó nội dung của tập tin message-N.txt tương ứng, đính kèm các tập tin được nêu từ thư mục "attachments", rồi gửi.</translation>
        </message>
        <message>
            <source>{title} ({size} MB) is larger than the {limit} MB an email may carry, so it is not in any message. It is in the folder "attachments". Send it by fax or by mail, or make it smaller (scan fewer pages or at a lower resolution) and export again.</source>
            <translation>{title} ({size} MB) lớn hơn mức {limit} MB mà một email có thể mang, nên không có trong thư nào. Nó nằm trong thư mục "attachments". Hãy gửi bằng fax hoặc bưu điện, hoặc làm cho nhỏ lại (quét ít trang hơn hoặc độ phân giải thấp hơn) rồi xuất lại.</translation>
        </message>
        <message>
            <source>Send {fax_pdf} ({pages} pages, this count includes the cover sheet) to the fax number {fax}.</source>
            <translation>Gửi {fax_pdf} ({pages} trang, đã tính trang bìa) đến số fax {fax}.</translation>
        </message>
        <message>
            <source>With a fax machine: print {fax_pdf} single-sided and put all the pages in the machine. With a fax service or app: upload {fax_pdf}.</source>
            <translation>Với máy fax: in {fax_pdf} một mặt và đặt tất cả các trang vào máy. Với dịch vụ hoặc ứng dụng fax: tải lên {fax_pdf}.</translation>
        </message>
        <message>
            <source>Keep the confirmation page the fax machine or service gives you.</source>
            <translation>Giữ trang xác nhận mà máy fax hoặc dịch vụ fax đưa cho quý vị.</translation>
        </message>
        <message>
            <source>If a fax service asks for a TIFF file, upload {fax_tiff} instead.</source>
            <translation>Nếu dịch vụ fax yêu cầu tập tin TIFF, hãy tải lên {fax_tiff}.</translation>
        </message>
        <message>
            <source>Print {packet} single-sided ({packet_pages} pages). The first page is a checklist for you; do not mail it.</source>
            <translation>In {packet} một mặt ({packet_pages} trang). Trang đầu là danh sách kiểm tra cho quý vị; đừng gửi trang đó.</translation>
        </message>
        <message>
            <source>Sign and date the form with a pen where it says "Sign here", if it asks for a signature by hand.</source>
            <translation>Ký tên và ghi ngày trên mẫu đơn bằng bút ở chỗ có chữ "Sign here", nếu mẫu đơn yêu cầu ký tay.</translation>
        </message>
        <message>
            <source>Go through the checklist, then put the pages in order in the envelope, the address page on top.</source>
            <translation>Làm theo danh sách kiểm tra, rồi xếp các trang theo thứ tự vào phong bì, trang địa chỉ ở trên cùng.</translation>
        </message>
        <message>
            <source>Mail it to: {address}. Mail may be delayed up to {days} days by security screening: email is faster.</source>
            <translation>Gửi qua bưu điện đến: {address}. Thư có thể bị chậm đến {days} ngày vì kiểm tra an ninh: email nhanh hơn.</translation>
        </message>
        <message>
            <source>{name}: the email message to send (part {part} of {count}).</source>
            <translation>{name}: thư email cần gửi (phần {part} trên {count}).</translation>
        </message>
        <message>
            <source>{name}: the text of message {part}, to paste into webmail.</source>
            <translation>{name}: nội dung của thư {part}, để dán vào email trên trình duyệt.</translation>
        </message>
        <message>
            <source>attachments/: the form and documents, as separate PDF files.</source>
            <translation>attachments/: mẫu đơn và các giấy tờ, dưới dạng các tập tin PDF riêng.</translation>
        </message>
        <message>
            <source>{name}: the fax, ready to send ({pages} pages with the cover sheet).</source>
            <translation>{name}: bản fax, sẵn sàng để gửi ({pages} trang kèm trang bìa).</translation>
        </message>
        <message>
            <source>{name}: the same fax as a TIFF file ({coding}) for fax services.</source>
            <translation>{name}: cùng bản fax dưới dạng tệp TIFF ({coding}) dành cho các dịch vụ fax.</translation>
        </message>
        <message>
            <source>{name}: everything to print and mail.</source>
            <translation>{name}: mọi thứ cần in và gửi qua bưu điện.</translation>
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
            <translation>Albania</translation>
        </message>
        <message>
            <source>Algeria</source>
            <extracomment>country DZ</extracomment>
            <translation>Algérie</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>country AS</extracomment>
            <translation>Samoa thuộc Mỹ</translation>
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
            <translation>Anguilla</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <extracomment>country AQ</extracomment>
            <translation>Nam Cực</translation>
        </message>
        <message>
            <source>Antigua and Barbuda</source>
            <extracomment>country AG</extracomment>
            <translation>Antigua và Barbuda</translation>
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
            <translation>Úc</translation>
        </message>
        <message>
            <source>Austria</source>
            <extracomment>country AT</extracomment>
            <translation>Áo</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <extracomment>country AZ</extracomment>
            <translation>Azerbaijan</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <extracomment>country BS</extracomment>
            <translation>Bahamas</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <extracomment>country BH</extracomment>
            <translation>Bahrain</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <extracomment>country BD</extracomment>
            <translation>Bangladesh</translation>
        </message>
        <message>
            <source>Barbados</source>
            <extracomment>country BB</extracomment>
            <translation>Barbados</translation>
        </message>
        <message>
            <source>Belarus</source>
            <extracomment>country BY</extracomment>
            <translation>Belarus</translation>
        </message>
        <message>
            <source>Belgium</source>
            <extracomment>country BE</extracomment>
            <translation>Bỉ</translation>
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
            <translation>Bermuda</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <extracomment>country BT</extracomment>
            <translation>Bhutan</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <extracomment>country BO</extracomment>
            <translation>Bolivia</translation>
        </message>
        <message>
            <source>Bonaire, Sint Eustatius and Saba</source>
            <extracomment>country BQ</extracomment>
            <translation>Bonaire, Sint Eustatius và Saba</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina</source>
            <extracomment>country BA</extracomment>
            <translation>Bosnia và Herzegovina</translation>
        </message>
        <message>
            <source>Botswana</source>
            <extracomment>country BW</extracomment>
            <translation>Botswana</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <extracomment>country BV</extracomment>
            <translation>Đảo Bouvet</translation>
        </message>
        <message>
            <source>Brazil</source>
            <extracomment>country BR</extracomment>
            <translation>Brasil</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <extracomment>country IO</extracomment>
            <translation>Lãnh thổ Ấn Độ Dương thuộc Anh</translation>
        </message>
        <message>
            <source>Brunei Darussalam</source>
            <extracomment>country BN</extracomment>
            <translation>Brunei</translation>
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
            <translation>Campuchia</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <extracomment>country CM</extracomment>
            <translation>Cameroon</translation>
        </message>
        <message>
            <source>Canada</source>
            <extracomment>country CA</extracomment>
            <translation>Canada</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <extracomment>country KY</extracomment>
            <translation>Quần đảo Cayman</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <extracomment>country CF</extracomment>
            <translation>Cộng hòa Trung Phi</translation>
        </message>
        <message>
            <source>Chad</source>
            <extracomment>country TD</extracomment>
            <translation>Tchad</translation>
        </message>
        <message>
            <source>Chile</source>
            <extracomment>country CL</extracomment>
            <translation>Chile</translation>
        </message>
        <message>
            <source>China</source>
            <extracomment>country CN</extracomment>
            <translation>Trung Quốc</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <extracomment>country CX</extracomment>
            <translation>Đảo Christmas</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <extracomment>country CC</extracomment>
            <translation>Quần đảo Cocos (Keeling)</translation>
        </message>
        <message>
            <source>Colombia</source>
            <extracomment>country CO</extracomment>
            <translation>Colombia</translation>
        </message>
        <message>
            <source>Comoros</source>
            <extracomment>country KM</extracomment>
            <translation>Comoros</translation>
        </message>
        <message>
            <source>Congo</source>
            <extracomment>country CG</extracomment>
            <translation>Cộng hòa Congo</translation>
        </message>
        <message>
            <source>Congo, The Democratic Republic of the</source>
            <extracomment>country CD</extracomment>
            <translation>Cộng hòa Dân chủ Congo</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <extracomment>country CK</extracomment>
            <translation>Quần đảo Cook</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <extracomment>country CR</extracomment>
            <translation>Costa Rica</translation>
        </message>
        <message>
            <source>Croatia</source>
            <extracomment>country HR</extracomment>
            <translation>Croatia</translation>
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
            <translation>Síp</translation>
        </message>
        <message>
            <source>Czechia</source>
            <extracomment>country CZ</extracomment>
            <translation>Séc</translation>
        </message>
        <message>
            <source>Côte d'Ivoire</source>
            <extracomment>country CI</extracomment>
            <translation>Bờ Biển Ngà</translation>
        </message>
        <message>
            <source>Denmark</source>
            <extracomment>country DK</extracomment>
            <translation>Đan Mạch</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <extracomment>country DJ</extracomment>
            <translation>Djibouti</translation>
        </message>
        <message>
            <source>Dominica</source>
            <extracomment>country DM</extracomment>
            <translation>Dominica</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <extracomment>country DO</extracomment>
            <translation>Cộng hòa Dominica</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <extracomment>country EC</extracomment>
            <translation>Ecuador</translation>
        </message>
        <message>
            <source>Egypt</source>
            <extracomment>country EG</extracomment>
            <translation>Ai Cập</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <extracomment>country SV</extracomment>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <extracomment>country GQ</extracomment>
            <translation>Guinea Xích Đạo</translation>
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
            <translation>Eswatini</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <extracomment>country ET</extracomment>
            <translation>Ethiopia</translation>
        </message>
        <message>
            <source>Falkland Islands (Malvinas)</source>
            <extracomment>country FK</extracomment>
            <translation>Quần đảo Falkland (Malvinas)</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <extracomment>country FO</extracomment>
            <translation>Quần đảo Faroe</translation>
        </message>
        <message>
            <source>Fiji</source>
            <extracomment>country FJ</extracomment>
            <translation>Fiji</translation>
        </message>
        <message>
            <source>Finland</source>
            <extracomment>country FI</extracomment>
            <translation>Phần Lan</translation>
        </message>
        <message>
            <source>France</source>
            <extracomment>country FR</extracomment>
            <translation>Pháp</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <extracomment>country GF</extracomment>
            <translation>Guyane thuộc Pháp</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <extracomment>country PF</extracomment>
            <translation>Polynésie thuộc Pháp</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <extracomment>country TF</extracomment>
            <translation>Vùng đất phía Nam thuộc Pháp</translation>
        </message>
        <message>
            <source>Gabon</source>
            <extracomment>country GA</extracomment>
            <translation>Gabon</translation>
        </message>
        <message>
            <source>Gambia</source>
            <extracomment>country GM</extracomment>
            <translation>Gambia</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>country GE</extracomment>
            <translation>Gruzia</translation>
        </message>
        <message>
            <source>Germany</source>
            <extracomment>country DE</extracomment>
            <translation>Đức</translation>
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
            <translation>Hy Lạp</translation>
        </message>
        <message>
            <source>Greenland</source>
            <extracomment>country GL</extracomment>
            <translation>Greenland</translation>
        </message>
        <message>
            <source>Grenada</source>
            <extracomment>country GD</extracomment>
            <translation>Grenada</translation>
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
            <translation>Guinea-Bissau</translation>
        </message>
        <message>
            <source>Guyana</source>
            <extracomment>country GY</extracomment>
            <translation>Guyana</translation>
        </message>
        <message>
            <source>Haiti</source>
            <extracomment>country HT</extracomment>
            <translation>Haiti</translation>
        </message>
        <message>
            <source>Heard Island and McDonald Islands</source>
            <extracomment>country HM</extracomment>
            <translation>Đảo Heard và quần đảo McDonald</translation>
        </message>
        <message>
            <source>Holy See (Vatican City State)</source>
            <extracomment>country VA</extracomment>
            <translation>Thành Vatican</translation>
        </message>
        <message>
            <source>Honduras</source>
            <extracomment>country HN</extracomment>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <extracomment>country HK</extracomment>
            <translation>Hồng Kông</translation>
        </message>
        <message>
            <source>Hungary</source>
            <extracomment>country HU</extracomment>
            <translation>Hungary</translation>
        </message>
        <message>
            <source>Iceland</source>
            <extracomment>country IS</extracomment>
            <translation>Iceland</translation>
        </message>
        <message>
            <source>India</source>
            <extracomment>country IN</extracomment>
            <translation>Ấn Độ</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <extracomment>country ID</extracomment>
            <translation>Indonesia</translation>
        </message>
        <message>
            <source>Iran</source>
            <extracomment>country IR</extracomment>
            <translation>Iran</translation>
        </message>
        <message>
            <source>Iraq</source>
            <extracomment>country IQ</extracomment>
            <translation>Iraq</translation>
        </message>
        <message>
            <source>Ireland</source>
            <extracomment>country IE</extracomment>
            <translation>Ireland</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <extracomment>country IM</extracomment>
            <translation>Đảo Man</translation>
        </message>
        <message>
            <source>Israel</source>
            <extracomment>country IL</extracomment>
            <translation>Israel</translation>
        </message>
        <message>
            <source>Italy</source>
            <extracomment>country IT</extracomment>
            <translation>Ý</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <extracomment>country JM</extracomment>
            <translation>Jamaica</translation>
        </message>
        <message>
            <source>Japan</source>
            <extracomment>country JP</extracomment>
            <translation>Nhật Bản</translation>
        </message>
        <message>
            <source>Jersey</source>
            <extracomment>country JE</extracomment>
            <translation>Jersey</translation>
        </message>
        <message>
            <source>Jordan</source>
            <extracomment>country JO</extracomment>
            <translation>Jordan</translation>
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
            <translation>Kuwait</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <extracomment>country KG</extracomment>
            <translation>Kyrgyzstan</translation>
        </message>
        <message>
            <source>Laos</source>
            <extracomment>country LA</extracomment>
            <translation>Lào</translation>
        </message>
        <message>
            <source>Latvia</source>
            <extracomment>country LV</extracomment>
            <translation>Latvia</translation>
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
            <translation>Liberia</translation>
        </message>
        <message>
            <source>Libya</source>
            <extracomment>country LY</extracomment>
            <translation>Libya</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <extracomment>country LI</extracomment>
            <translation>Liechtenstein</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <extracomment>country LT</extracomment>
            <translation>Litva</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <extracomment>country LU</extracomment>
            <translation>Luxembourg</translation>
        </message>
        <message>
            <source>Macao</source>
            <extracomment>country MO</extracomment>
            <translation>Ma Cao</translation>
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
            <translation>Malaysia</translation>
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
            <translation>Malta</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>country MH</extracomment>
            <translation>Quần đảo Marshall</translation>
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
            <translation>Mauritius</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <extracomment>country YT</extracomment>
            <translation>Mayotte</translation>
        </message>
        <message>
            <source>Mexico</source>
            <extracomment>country MX</extracomment>
            <translation>Mexico</translation>
        </message>
        <message>
            <source>Micronesia, Federated States of</source>
            <extracomment>country FM</extracomment>
            <translation>Micronesia</translation>
        </message>
        <message>
            <source>Moldova</source>
            <extracomment>country MD</extracomment>
            <translation>Moldova</translation>
        </message>
        <message>
            <source>Monaco</source>
            <extracomment>country MC</extracomment>
            <translation>Monaco</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <extracomment>country MN</extracomment>
            <translation>Mông Cổ</translation>
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
            <translation>Myanmar</translation>
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
            <translation>Hà Lan</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <extracomment>country NC</extracomment>
            <translation>Nouvelle-Calédonie</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <extracomment>country NZ</extracomment>
            <translation>New Zealand</translation>
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
            <translation>Niue</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <extracomment>country NF</extracomment>
            <translation>Đảo Norfolk</translation>
        </message>
        <message>
            <source>North Korea</source>
            <extracomment>country KP</extracomment>
            <translation>Triều Tiên (Bắc Hàn)</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <extracomment>country MK</extracomment>
            <translation>Bắc Macedonia</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>country MP</extracomment>
            <translation>Quần đảo Bắc Mariana</translation>
        </message>
        <message>
            <source>Norway</source>
            <extracomment>country NO</extracomment>
            <translation>Na Uy</translation>
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
            <translation>Palau</translation>
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
            <translation>Papua New Guinea</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <extracomment>country PY</extracomment>
            <translation>Paraguay</translation>
        </message>
        <message>
            <source>Peru</source>
            <extracomment>country PE</extracomment>
            <translation>Peru</translation>
        </message>
        <message>
            <source>Philippines</source>
            <extracomment>country PH</extracomment>
            <translation>Philippines</translation>
        </message>
        <message>
            <source>Pitcairn</source>
            <extracomment>country PN</extracomment>
            <translation>Quần đảo Pitcairn</translation>
        </message>
        <message>
            <source>Poland</source>
            <extracomment>country PL</extracomment>
            <translation>Ba Lan</translation>
        </message>
        <message>
            <source>Portugal</source>
            <extracomment>country PT</extracomment>
            <translation>Bồ Đào Nha</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>country PR</extracomment>
            <translation>Puerto Rico</translation>
        </message>
        <message>
            <source>Qatar</source>
            <extracomment>country QA</extracomment>
            <translation>Qatar</translation>
        </message>
        <message>
            <source>Romania</source>
            <extracomment>country RO</extracomment>
            <translation>Romania</translation>
        </message>
        <message>
            <source>Russian Federation</source>
            <extracomment>country RU</extracomment>
            <translation>Nga</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <extracomment>country RW</extracomment>
            <translation>Rwanda</translation>
        </message>
        <message>
            <source>Réunion</source>
            <extracomment>country RE</extracomment>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Saint Barthélemy</source>
            <extracomment>country BL</extracomment>
            <translation>Saint-Barthélemy</translation>
        </message>
        <message>
            <source>Saint Helena, Ascension and Tristan da Cunha</source>
            <extracomment>country SH</extracomment>
            <translation>Saint Helena, Ascension và Tristan da Cunha</translation>
        </message>
        <message>
            <source>Saint Kitts and Nevis</source>
            <extracomment>country KN</extracomment>
            <translation>Saint Kitts và Nevis</translation>
        </message>
        <message>
            <source>Saint Lucia</source>
            <extracomment>country LC</extracomment>
            <translation>Saint Lucia</translation>
        </message>
        <message>
            <source>Saint Martin (French part)</source>
            <extracomment>country MF</extracomment>
            <translation>Saint-Martin (phần thuộc Pháp)</translation>
        </message>
        <message>
            <source>Saint Pierre and Miquelon</source>
            <extracomment>country PM</extracomment>
            <translation>Saint-Pierre và Miquelon</translation>
        </message>
        <message>
            <source>Saint Vincent and the Grenadines</source>
            <extracomment>country VC</extracomment>
            <translation>Saint Vincent và Grenadines</translation>
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
            <translation>São Tomé và Príncipe</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <extracomment>country SA</extracomment>
            <translation>Ả Rập Xê Út</translation>
        </message>
        <message>
            <source>Senegal</source>
            <extracomment>country SN</extracomment>
            <translation>Sénégal</translation>
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
            <translation>Sierra Leone</translation>
        </message>
        <message>
            <source>Singapore</source>
            <extracomment>country SG</extracomment>
            <translation>Singapore</translation>
        </message>
        <message>
            <source>Sint Maarten (Dutch part)</source>
            <extracomment>country SX</extracomment>
            <translation>Sint Maarten (phần thuộc Hà Lan)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <extracomment>country SK</extracomment>
            <translation>Slovakia</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <extracomment>country SI</extracomment>
            <translation>Slovenia</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>country SB</extracomment>
            <translation>Quần đảo Solomon</translation>
        </message>
        <message>
            <source>Somalia</source>
            <extracomment>country SO</extracomment>
            <translation>Somalia</translation>
        </message>
        <message>
            <source>South Africa</source>
            <extracomment>country ZA</extracomment>
            <translation>Nam Phi</translation>
        </message>
        <message>
            <source>South Georgia and the South Sandwich Islands</source>
            <extracomment>country GS</extracomment>
            <translation>Nam Georgia và quần đảo Nam Sandwich</translation>
        </message>
        <message>
            <source>South Korea</source>
            <extracomment>country KR</extracomment>
            <translation>Hàn Quốc (Nam Hàn)</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <extracomment>country SS</extracomment>
            <translation>Nam Sudan</translation>
        </message>
        <message>
            <source>Spain</source>
            <extracomment>country ES</extracomment>
            <translation>Tây Ban Nha</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <extracomment>country LK</extracomment>
            <translation>Sri Lanka</translation>
        </message>
        <message>
            <source>Sudan</source>
            <extracomment>country SD</extracomment>
            <translation>Sudan</translation>
        </message>
        <message>
            <source>Suriname</source>
            <extracomment>country SR</extracomment>
            <translation>Suriname</translation>
        </message>
        <message>
            <source>Svalbard and Jan Mayen</source>
            <extracomment>country SJ</extracomment>
            <translation>Svalbard và Jan Mayen</translation>
        </message>
        <message>
            <source>Sweden</source>
            <extracomment>country SE</extracomment>
            <translation>Thụy Điển</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <extracomment>country CH</extracomment>
            <translation>Thụy Sĩ</translation>
        </message>
        <message>
            <source>Syria</source>
            <extracomment>country SY</extracomment>
            <translation>Syria</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <extracomment>country TW</extracomment>
            <translation>Đài Loan</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <extracomment>country TJ</extracomment>
            <translation>Tajikistan</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <extracomment>country TZ</extracomment>
            <translation>Tanzania</translation>
        </message>
        <message>
            <source>Thailand</source>
            <extracomment>country TH</extracomment>
            <translation>Thái Lan</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <extracomment>country TL</extracomment>
            <translation>Đông Timor</translation>
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
            <translation>Trinidad và Tobago</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <extracomment>country TN</extracomment>
            <translation>Tunisia</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <extracomment>country TM</extracomment>
            <translation>Turkmenistan</translation>
        </message>
        <message>
            <source>Turks and Caicos Islands</source>
            <extracomment>country TC</extracomment>
            <translation>Quần đảo Turks và Caicos</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <extracomment>country TV</extracomment>
            <translation>Tuvalu</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <extracomment>country TR</extracomment>
            <translation>Thổ Nhĩ Kỳ</translation>
        </message>
        <message>
            <source>Uganda</source>
            <extracomment>country UG</extracomment>
            <translation>Uganda</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <extracomment>country UA</extracomment>
            <translation>Ukraina</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <extracomment>country AE</extracomment>
            <translation>Các Tiểu vương quốc Ả Rập Thống nhất</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <extracomment>country GB</extracomment>
            <translation>Vương quốc Anh</translation>
        </message>
        <message>
            <source>United States</source>
            <extracomment>country US</extracomment>
            <translation>Hoa Kỳ (Mỹ)</translation>
        </message>
        <message>
            <source>United States Minor Outlying Islands</source>
            <extracomment>country UM</extracomment>
            <translation>Các tiểu đảo xa của Hoa Kỳ</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <extracomment>country UY</extracomment>
            <translation>Uruguay</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <extracomment>country UZ</extracomment>
            <translation>Uzbekistan</translation>
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
            <translation>Việt Nam</translation>
        </message>
        <message>
            <source>Virgin Islands, British</source>
            <extracomment>country VG</extracomment>
            <translation>Quần đảo Virgin thuộc Anh</translation>
        </message>
        <message>
            <source>Virgin Islands, U.S.</source>
            <extracomment>country VI</extracomment>
            <translation>Quần đảo Virgin thuộc Mỹ</translation>
        </message>
        <message>
            <source>Wallis and Futuna</source>
            <extracomment>country WF</extracomment>
            <translation>Wallis và Futuna</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <extracomment>country EH</extracomment>
            <translation>Tây Sahara</translation>
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
            <translation>Zimbabwe</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <extracomment>country AX</extracomment>
            <translation>Quần đảo Åland</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>{number} month</source>
            <translation>{number} tháng</translation>
        </message>
        <message>
            <source>{number} months</source>
            <translation>{number} tháng</translation>
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
            <translation>mật khẩu đã nhập cho PDF này không đúng. Hãy thử lại, hoặc đính kèm một bản sao được lưu không có mật khẩu.</translation>
        </message>
        <message>
            <source>this PDF is protected by a password. Enter its password, or open it and save or print it as a new PDF without a password, then attach that copy.</source>
            <translation>PDF này được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu, hoặc mở tệp và lưu hay in thành PDF mới không có mật khẩu, rồi đính kèm bản sao đó.</translation>
        </message>
        <message>
            <source>These attachments cannot be turned into pages; nothing else in the case was changed:</source>
            <translation>Không thể chuyển các tệp đính kèm này thành trang; không có gì khác trong hồ sơ bị thay đổi:</translation>
        </message>
        <message>
            <source>The fonts needed to make PDFs are missing from this installation (looked in {folder}). Reinstall Ombud Desktop.</source>
            <translation>Bản cài đặt này thiếu các phông chữ cần để tạo PDF (đã tìm trong {folder}). Hãy cài đặt lại Ombud Desktop.</translation>
        </message>
        <message>
            <source>the {kind} image is damaged or incomplete and cannot be read. Open it in an image viewer to check it, or take the photo or scan again.</source>
            <translation>ảnh {kind} bị hỏng hoặc không đầy đủ nên không đọc được. Hãy mở bằng trình xem ảnh để kiểm tra, hoặc chụp hay quét lại.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely. Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>ảnh quá lớn để đặt lên trang một cách an toàn. Hãy lưu một bản nhỏ hơn (ví dụ 4000 điểm ảnh ở cạnh dài) rồi đính kèm bản đó.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely ({width} x {height} pixels). Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>ảnh quá lớn để đặt lên trang một cách an toàn ({width} x {height} điểm ảnh). Hãy lưu một bản nhỏ hơn (ví dụ 4000 điểm ảnh ở cạnh dài) rồi đính kèm bản đó.</translation>
        </message>
        <message>
            <source>the file has more than {count} pages. Split it into smaller files.</source>
            <translation>tệp có hơn {count} trang. Hãy chia thành các tệp nhỏ hơn.</translation>
        </message>
        <message>
            <source>the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or print it as a new PDF, or scan the paper again, then attach the new copy.</source>
            <translation>PDF bị hỏng và không sửa được. Hãy mở bằng trình xem PDF rồi lưu hoặc in thành PDF mới, hoặc quét lại giấy tờ, rồi đính kèm bản mới.</translation>
        </message>
        <message>
            <source>the PDF has no pages. Attach a copy with content.</source>
            <translation>PDF không có trang nào. Hãy đính kèm một bản có nội dung.</translation>
        </message>
        <message>
            <source>the PDF uses an encryption the app cannot open. Save it without a password in a PDF viewer, then attach that copy.</source>
            <translation>PDF dùng kiểu mã hóa mà ứng dụng không mở được. Hãy lưu nó không có mật khẩu trong trình xem PDF, rồi đính kèm bản sao đó.</translation>
        </message>
        <message>
            <source>The drawn signature is missing. Draw the signature again on the Consent page, or choose a typed or ink signature.</source>
            <translation>Thiếu chữ ký vẽ tay. Hãy vẽ lại chữ ký ở trang Đồng ý, hoặc chọn chữ ký đánh máy hoặc ký bằng mực.</translation>
        </message>
        <message>
            <source>The drawn signature could not be read. Draw it again on the Consent page.</source>
            <translation>Không đọc được chữ ký vẽ tay. Hãy vẽ lại ở trang Đồng ý.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>một tài liệu PDF</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>một ảnh JPEG</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>một ảnh PNG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>một ảnh GIF</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>một ảnh BMP</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>một ảnh TIFF</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>một ảnh WebP</translation>
        </message>
        <message>
            <source>a HEIC/HEIF photo</source>
            <translation>một ảnh HEIC/HEIF</translation>
        </message>
        <message>
            <source>an AVIF photo</source>
            <translation>một ảnh AVIF</translation>
        </message>
        <message>
            <source>a JPEG 2000 image</source>
            <translation>một ảnh JPEG 2000</translation>
        </message>
        <message>
            <source>a PBM/PGM/PPM image</source>
            <translation>một ảnh PBM/PGM/PPM</translation>
        </message>
        <message>
            <source>a Photoshop (PSD) image</source>
            <translation>một ảnh Photoshop (PSD)</translation>
        </message>
        <message>
            <source>a QOI image</source>
            <translation>một ảnh QOI</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>văn bản thuần</translation>
        </message>
        <message>
            <source>a ZIP archive or an office document (Word, Excel ...)</source>
            <translation>một tệp nén ZIP hoặc tài liệu văn phòng (Word, Excel ...)</translation>
        </message>
        <message>
            <source>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD or QOI</source>
            <translation>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD hoặc QOI</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes). Choose the file again, or scan it again.</source>
            <translation>tệp trống (0 byte). Hãy chọn lại tệp, hoặc quét lại.</translation>
        </message>
        <message>
            <source>this file is not a file type the app reads. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>ứng dụng không đọc được loại tệp này. Hãy đính kèm tệp {formats}: trước tiên in hoặc lưu tài liệu thành PDF.</translation>
        </message>
        <message>
            <source>this file contains {kind}. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>tệp này chứa {kind}. Hãy đính kèm tệp {formats}: trước tiên in hoặc lưu tài liệu thành PDF.</translation>
        </message>
        <message>
            <source>the name says {expected} but the file contains {actual}. Check that this is the right file, or rename it to end in the right extension.</source>
            <translation>tên tệp cho biết là {expected} nhưng tệp lại chứa {actual}. Hãy kiểm tra đây có đúng tệp không, hoặc đổi tên cho đúng phần mở rộng.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>ổ đĩa đã đầy</translation>
        </message>
        <message>
            <source>the folder is read-only or you may not write to it</source>
            <translation>thư mục chỉ cho đọc hoặc quý vị không có quyền ghi vào đó</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the disk is full. Free some space, then save again.</source>
            <translation>Không lưu được {name} vào {folder}: ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng rồi lưu lại.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the folder is read-only or you may not write to it. Choose a folder you can write to (--data-dir), then save again.</source>
            <translation>Không lưu được {name} vào {folder}: thư mục chỉ cho đọc hoặc quý vị không có quyền ghi vào đó. Hãy chọn thư mục quý vị có thể ghi (--data-dir) rồi lưu lại.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: {reason}. Check the disk, then save again.</source>
            <translation>Không lưu được {name} vào {folder}: {reason}. Hãy kiểm tra ổ đĩa rồi lưu lại.</translation>
        </message>
        <message>
            <source>Case {case_id} cannot be opened. {problem} Every other case opens as usual. If it cannot be repaired, delete it (select it and choose Delete, or run `ombud-desktop case delete {case_id} --yes`).</source>
            <translation>Không mở được hồ sơ {case_id}. {problem} Mọi hồ sơ khác vẫn mở bình thường. Nếu không sửa được, hãy xóa hồ sơ này (chọn hồ sơ rồi chọn Xóa, hoặc chạy `ombud-desktop case delete {case_id} --yes`).</translation>
        </message>
        <message>
            <source>Case {case_id} already exists; nothing was overwritten.</source>
            <translation>Hồ sơ {case_id} đã có; không có gì bị ghi đè.</translation>
        </message>
        <message>
            <source>There is no case {case_id} in {folder}.</source>
            <translation>Không có hồ sơ {case_id} trong {folder}.</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>Không đọc được {path}: {reason}.</translation>
        </message>
        <message>
            <source>Case {case_id} has no attachment {attachment_id}.</source>
            <translation>Hồ sơ {case_id} không có tệp đính kèm {attachment_id}.</translation>
        </message>
        <message>
            <source>The file {path} is damaged or was changed outside Ombud Desktop ({detail}).</source>
            <translation>Tệp {path} bị hỏng hoặc đã bị thay đổi bên ngoài Ombud Desktop ({detail}).</translation>
        </message>
        <message>
            <source>A hand-off file needs a passphrase to protect it.</source>
            <translation>Tệp bàn giao cần một cụm mật khẩu để bảo vệ.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name (nothing was changed).</source>
            <translation>{path} đã có rồi; hãy chọn tên tệp khác (không có gì bị thay đổi).</translation>
        </message>
        <message>
            <source>Cancelled. No hand-off file was written.</source>
            <translation>Đã hủy. Không có tệp chuyển giao nào được ghi.</translation>
        </message>
        <message>
            <source>The hand-off file {name} asks for far more memory or time to open than Ombud Desktop ever uses, so it was not opened: it was not made by this app, or it was changed. Ask the sender to make it again.</source>
            <translation>Tệp bàn giao {name} đòi hỏi bộ nhớ hoặc thời gian để mở nhiều hơn hẳn mức Ombud Desktop từng dùng, nên đã không được mở: tệp không do ứng dụng này tạo, hoặc đã bị thay đổi. Hãy nhờ người gửi tạo lại.</translation>
        </message>
        <message>
            <source>That passphrase does not open the hand-off file {name}. Ask the person who made it for the passphrase they chose.</source>
            <translation>Cụm mật khẩu đó không mở được tệp bàn giao {name}. Hãy hỏi người đã tạo tệp cụm mật khẩu họ đã chọn.</translation>
        </message>
        <message>
            <source>The hand-off file {name} holds a case this app cannot use ({problem}). Nothing was imported. Ask the person who sent it to make the hand-off file again with Ombud Desktop.</source>
            <translation>Tệp bàn giao {name} chứa một hồ sơ mà ứng dụng này không dùng được ({problem}). Chưa có gì được nhập. Hãy nhờ người gửi tạo lại tệp bàn giao bằng Ombud Desktop.</translation>
        </message>
        <message>
            <source>Case {case_id} is already in this vault. Nothing was changed. Import it as a new case (--new-id) or replace the one here (--replace).</source>
            <translation>Hồ sơ {case_id} đã có trong kho dữ liệu này. Không có gì bị thay đổi. Hãy nhập nó thành hồ sơ mới (--new-id) hoặc thay thế hồ sơ đang có ở đây (--replace).</translation>
        </message>
        <message>
            <source>No secure system keyring is available here. Protect the vault with a passphrase instead.</source>
            <translation>Ở đây không có kho khóa hệ thống an toàn. Hãy bảo vệ kho dữ liệu bằng cụm mật khẩu.</translation>
        </message>
        <message>
            <source>The system keyring refused to store the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>Kho khóa hệ thống đã từ chối lưu khóa của kho dữ liệu ({problem}). Hãy mở khóa kho khóa (đăng nhập vào phiên màn hình) rồi thử lại, hoặc dùng cụm mật khẩu hay khóa khôi phục của kho dữ liệu.</translation>
        </message>
        <message>
            <source>The vault key is kept in the system keyring, but no secure keyring is available now (for example, no desktop session). Unlock with the vault passphrase or recovery key instead.</source>
            <translation>Khóa của kho dữ liệu được giữ trong kho khóa hệ thống, nhưng hiện không có kho khóa an toàn (ví dụ không có phiên màn hình). Hãy mở khóa bằng cụm mật khẩu hoặc khóa khôi phục của kho dữ liệu.</translation>
        </message>
        <message>
            <source>The system keyring refused to give the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>Kho khóa hệ thống đã từ chối đưa khóa của kho dữ liệu ({problem}). Hãy mở khóa kho khóa (đăng nhập vào phiên màn hình) rồi thử lại, hoặc dùng cụm mật khẩu hay khóa khôi phục của kho dữ liệu.</translation>
        </message>
        <message>
            <source>The system keyring does not hold this vault's key (it may be another user's keyring or a new computer). Unlock with the vault passphrase or recovery key.</source>
            <translation>Kho khóa hệ thống không giữ khóa của kho dữ liệu này (có thể là kho khóa của người dùng khác hoặc máy tính mới). Hãy mở khóa bằng cụm mật khẩu hoặc khóa khôi phục của kho dữ liệu.</translation>
        </message>
        <message>
            <source>The vault key in the system keyring is damaged. Unlock with the vault passphrase or recovery key.</source>
            <translation>Khóa của kho dữ liệu trong kho khóa hệ thống bị hỏng. Hãy mở khóa bằng cụm mật khẩu hoặc khóa khôi phục của kho dữ liệu.</translation>
        </message>
        <message>
            <source>This vault is not kept in the system keyring; unlock it with its passphrase.</source>
            <translation>Kho dữ liệu này không được giữ trong kho khóa hệ thống; hãy mở khóa bằng cụm mật khẩu của nó.</translation>
        </message>
        <message>
            <source>The key in the system keyring does not open this vault (or its key file {path} is damaged). Unlock with the passphrase or recovery key.</source>
            <translation>Khóa trong kho khóa hệ thống không mở được kho dữ liệu này (hoặc tệp khóa {path} bị hỏng). Hãy mở khóa bằng cụm mật khẩu hoặc khóa khôi phục.</translation>
        </message>
        <message>
            <source>This vault has no passphrase; it is unlocked through the system keyring.</source>
            <translation>Kho dữ liệu này không có cụm mật khẩu; nó được mở khóa qua kho khóa hệ thống.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check it (Caps Lock, keyboard layout) and try again. If you are sure it is right, the key file {path} may be damaged: use your recovery key.</source>
            <translation>Cụm mật khẩu đó không mở được kho dữ liệu này. Hãy kiểm tra (Caps Lock, kiểu bàn phím) rồi thử lại. Nếu quý vị chắc chắn là đúng, tệp khóa {path} có thể bị hỏng: hãy dùng khóa khôi phục.</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault. Check each group of four characters and try again.</source>
            <translation>Khóa khôi phục đó không mở được kho dữ liệu này. Hãy kiểm tra từng nhóm bốn ký tự rồi thử lại.</translation>
        </message>
        <message>
            <source>The file {path} is missing.</source>
            <translation>Thiếu tệp {path}.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: there is no backup copy. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Không thể tự động khôi phục: không có bản sao lưu. Tệp vẫn được giữ nguyên; hãy giữ lại và nhờ người hỗ trợ của quý vị giúp.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: its backup copy is damaged too. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Không thể tự động khôi phục: bản sao lưu của nó cũng bị hỏng. Tệp vẫn được giữ nguyên; hãy giữ lại và nhờ người hỗ trợ của quý vị giúp.</translation>
        </message>
        <message>
            <source>{path} was changed on disk (by another window or program) after it was opened here, so it was not overwritten. Your changes are still on screen: reopen the case to see the other version, or save yours as a copy.</source>
            <translation>{path} đã bị thay đổi trên ổ đĩa (bởi cửa sổ hoặc chương trình khác) sau khi được mở ở đây, nên không bị ghi đè. Những thay đổi của quý vị vẫn còn trên màn hình: hãy mở lại hồ sơ để xem phiên bản kia, hoặc lưu bản của quý vị thành bản sao.</translation>
        </message>
        <message>
            <source>{path} was removed after it was opened here; it was not recreated silently.</source>
            <translation>{path} đã bị xóa sau khi được mở ở đây; nó không được âm thầm tạo lại.</translation>
        </message>
        <message>
            <source>The vault in {folder} is in use by {holder}. Close Ombud Desktop there (or wait for that command to finish) and try again.</source>
            <translation>Kho dữ liệu trong {folder} đang được {holder} sử dụng. Hãy đóng Ombud Desktop ở đó (hoặc chờ lệnh đó xong) rồi thử lại.</translation>
        </message>
        <message>
            <source>Opened read-only: the vault is in use by {holder}. Changes cannot be saved until it is closed.</source>
            <translation>Đã mở ở chế độ chỉ đọc: kho dữ liệu đang được {holder} sử dụng. Không thể lưu thay đổi cho đến khi nó được đóng.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Không ghi được vào thư mục dữ liệu {folder}: {reason}. Hãy chọn thư mục khác bằng --data-dir (hoặc OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>Opened read-only. The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Đã mở ở chế độ chỉ đọc. Không ghi được vào thư mục dữ liệu {folder}: {reason}. Hãy chọn thư mục khác bằng --data-dir (hoặc OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>The vault was opened read-only; changes cannot be saved.</source>
            <translation>Kho dữ liệu được mở ở chế độ chỉ đọc; không thể lưu thay đổi.</translation>
        </message>
        <message>
            <source>There is no vault in {folder} yet. Create one with `ombud-desktop vault init` (or open the app).</source>
            <translation>Chưa có kho dữ liệu trong {folder}. Hãy tạo bằng `ombud-desktop vault init` (hoặc mở ứng dụng).</translation>
        </message>
        <message>
            <source>A vault already exists in {folder}; it was left as is.</source>
            <translation>Đã có kho dữ liệu trong {folder}; nó được giữ nguyên.</translation>
        </message>
        <message>
            <source>No secure system keyring is available here: choose a passphrase to protect the vault.</source>
            <translation>Ở đây không có kho khóa hệ thống an toàn: hãy chọn cụm mật khẩu để bảo vệ kho dữ liệu.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>Kho dữ liệu đang bị khóa. Hãy mở khóa trước.</translation>
        </message>
        <message>
            <source>Enter the vault passphrase to make a new recovery key: the vault key changes, and the passphrase must be attached to the new one.</source>
            <translation>Hãy nhập cụm mật khẩu của kho dữ liệu để tạo khóa khôi phục mới: khóa của kho dữ liệu sẽ thay đổi, và cụm mật khẩu phải được gắn với khóa mới.</translation>
        </message>
        <message>
            <source>The retention period must be between 1 and {most} days.</source>
            <translation>Thời hạn lưu giữ phải từ 1 đến {most} ngày.</translation>
        </message>
        <message>
            <source>{case_id} is not a case id (see `case list`).</source>
            <translation>{case_id} không phải mã hồ sơ (xem `case list`).</translation>
        </message>
        <message>
            <source>There is not enough free space in {folder} to save the export. Nothing was saved. Free some space or choose another folder (for example a USB stick), then export again.</source>
            <translation>Không đủ dung lượng trống trong {folder} để lưu bản xuất. Chưa có gì được lưu. Hãy giải phóng bớt dung lượng hoặc chọn thư mục khác (ví dụ USB), rồi xuất lại.</translation>
        </message>
        <message>
            <source>The app may not write in {folder}. Nothing was saved. Choose another folder, then export again.</source>
            <translation>Ứng dụng không được ghi vào {folder}. Chưa có gì được lưu. Hãy chọn thư mục khác rồi xuất lại.</translation>
        </message>
        <message>
            <source>The export could not be saved in {folder} ({reason}). Nothing was saved. Choose another folder, then export again.</source>
            <translation>Không lưu được bản xuất vào {folder} ({reason}). Chưa có gì được lưu. Hãy chọn thư mục khác rồi xuất lại.</translation>
        </message>
        <message>
            <source>The computer ran out of memory making the package. Close other programs, or leave out very large documents, then try again.</source>
            <translation>Máy tính hết bộ nhớ khi tạo gói. Hãy đóng các chương trình khác, hoặc bỏ bớt tài liệu rất lớn, rồi thử lại.</translation>
        </message>
        <message>
            <source>Something went wrong while making the package ({kind}). Nothing was saved and your case is unchanged. Try again; if it happens again, choose another way to send.</source>
            <translation>Đã xảy ra lỗi khi tạo gói ({kind}). Chưa có gì được lưu và hồ sơ của quý vị không thay đổi. Hãy thử lại; nếu vẫn bị, hãy chọn cách gửi khác.</translation>
        </message>
        <message>
            <source>The list of the Ombudsman's addresses ({path}) could not be read ({reason}). Reinstall the app.</source>
            <translation>Không đọc được danh sách địa chỉ của Ombudsman ({path}) ({reason}). Hãy cài đặt lại ứng dụng.</translation>
        </message>
        <message>
            <source>These documents are listed, but their files were never added to the app: {names}. Attach the files (or remove them from the list), then export again.</source>
            <translation>Các tài liệu này có trong danh sách nhưng tệp của chúng chưa bao giờ được thêm vào ứng dụng: {names}. Hãy đính kèm các tệp (hoặc xóa khỏi danh sách), rồi xuất lại.</translation>
        </message>
        <message>
            <source>{path} is not an export of this case (its manifest.json does not say so); nothing was deleted.</source>
            <translation>{path} không phải bản xuất của hồ sơ này (manifest.json của nó không ghi như vậy); không có gì bị xóa.</translation>
        </message>
        <message>
            <source>{path} could not be deleted ({reason}). Close any program using it and try again, or delete it yourself.</source>
            <translation>Không xóa được {path} ({reason}). Hãy đóng mọi chương trình đang dùng nó rồi thử lại, hoặc tự xóa.</translation>
        </message>
        <message>
            <source>the export process stopped</source>
            <translation>tiến trình xuất đã dừng</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was added.</source>
            <translation>Đã hủy. Không có gì được thêm.</translation>
        </message>
        <message>
            <source>it is too short or too simple.</source>
            <translation>cụm mật khẩu quá ngắn hoặc quá đơn giản.</translation>
        </message>
        <message>
            <source>it is one of the passwords people use most.</source>
            <translation>đây là một trong những mật khẩu được dùng nhiều nhất.</translation>
        </message>
        <message>
            <source>it is made of a few common words or names.</source>
            <translation>cụm này chỉ gồm vài từ hoặc tên thông dụng.</translation>
        </message>
        <message>
            <source>it repeats the same letters or words.</source>
            <translation>cụm này lặp lại cùng chữ cái hoặc cùng từ.</translation>
        </message>
        <message>
            <source>it follows a sequence or a keyboard row (abc, 123, qwerty).</source>
            <translation>cụm này theo một dãy liên tiếp hoặc một hàng phím (abc, 123, qwerty).</translation>
        </message>
        <message>
            <source>it is built around a date or a year.</source>
            <translation>cụm này dựa trên một ngày tháng hoặc một năm.</translation>
        </message>
        <message>
            <source>it contains a name or number from the case.</source>
            <translation>cụm này chứa một tên hoặc một số trong hồ sơ.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: {reason} Use five or more words that do not belong together, for example: {suggestion}</source>
            <translation>Cụm mật khẩu này quá dễ đoán: {reason} Hãy dùng năm từ trở lên không liên quan đến nhau, ví dụ: {suggestion}</translation>
        </message>
        <message>
            <source>This request must be signed by hand in ink (T, U, VAWA, asylum and refugee cases), and its signed page has not been added. Print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page', or on the command line: ombud-desktop case attach ID FILE --category signed_form. Then export again, or send it by mail and sign the printed form. Nothing was saved.</source>
            <translation>Yêu cầu này phải được ký tay bằng mực (hồ sơ T, U, VAWA, tị nạn và người tị nạn), và trang đã ký chưa được thêm vào. Hãy in trang cần ký, ký và ghi ngày bằng mực, rồi thêm trang đã ký (bản quét hoặc ảnh chụp bằng điện thoại) bằng 'Thêm trang đã ký', hoặc trên dòng lệnh: ombud-desktop case attach ID FILE --category signed_form. Sau đó xuất lại, hoặc gửi qua bưu điện và ký vào mẫu đơn đã in. Chưa lưu gì cả.</translation>
        </message>
        <message>
            <source>The file {path} is an older copy of case {case_id} (version {found}; this vault last saved version {latest}): it was put there from outside Ombud Desktop, so it was not used.</source>
            <translation>Tệp {path} là một bản cũ hơn của hồ sơ {case_id} (phiên bản {found}; kho dữ liệu này lưu lần cuối phiên bản {latest}): tệp được đặt vào từ bên ngoài Ombud Desktop, nên đã không được dùng.</translation>
        </message>
        <message>
            <source>{problem} No newer copy is left in the data folder. If you put this copy back yourself from a backup, open it and choose “Use this older copy” (or run `ombud-desktop case accept-older {case_id}`); otherwise delete the case or ask your support contact.</source>
            <translation>{problem} Trong thư mục dữ liệu không còn bản nào mới hơn. Nếu chính quý vị đã đặt lại bản này từ một bản sao lưu, hãy mở nó và chọn “Dùng bản cũ hơn này” (hoặc chạy `ombud-desktop case accept-older {case_id}`); nếu không, hãy xóa hồ sơ hoặc hỏi người hỗ trợ của quý vị.</translation>
        </message>
    </context>
    <context>
        <name>export_steps</name>
        <message>
            <source>Making the fax cover sheet</source>
            <translation>Đang làm trang bìa fax</translation>
        </message>
        <message>
            <source>Putting the form and documents together</source>
            <translation>Đang ghép mẫu đơn và giấy tờ</translation>
        </message>
        <message>
            <source>Making the pages grayscale for the fax</source>
            <translation>Đang chuyển các trang sang trắng đen để fax</translation>
        </message>
        <message>
            <source>Making the fax TIFF file</source>
            <translation>Đang tạo tệp TIFF của bản fax</translation>
        </message>
        <message>
            <source>Stamping the name and page number on each page</source>
            <translation>Đang đóng tên và số trang lên mỗi trang</translation>
        </message>
        <message>
            <source>Making the form PDF</source>
            <translation>Đang làm tập tin PDF của mẫu đơn</translation>
        </message>
        <message>
            <source>Turning the documents into pages</source>
            <translation>Đang chuyển giấy tờ thành các trang</translation>
        </message>
        <message>
            <source>Writing the cover letter</source>
            <translation>Đang viết thư kèm theo</translation>
        </message>
        <message>
            <source>Making the checklist and the address page</source>
            <translation>Đang làm danh sách kiểm tra và trang địa chỉ</translation>
        </message>
        <message>
            <source>Writing README.txt and the checksums</source>
            <translation>Đang viết README.txt và mã kiểm tra</translation>
        </message>
        <message>
            <source>Making the email message</source>
            <translation>Đang soạn thư email</translation>
        </message>
        <message>
            <source>Saving the email and its attachments</source>
            <translation>Đang lưu email và tập tin đính kèm</translation>
        </message>
        <message>
            <source>Saving the fax</source>
            <translation>Đang lưu bản fax</translation>
        </message>
        <message>
            <source>Saving the print packet</source>
            <translation>Đang lưu gói hồ sơ để in</translation>
        </message>
        <message>
            <source>Reading the case</source>
            <translation>Đang đọc hồ sơ</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>An A-Number is the letter A and 7 to 9 digits, like A123-456-789.</source>
            <extracomment>finding code a_number.format</extracomment>
            <translation>Số A (A-Number) gồm chữ A và 7 đến 9 chữ số, ví dụ A123-456-789.</translation>
        </message>
        <message>
            <source>Give the date of this contact with USCIS. It shows whether USCIS has had time to fix the problem.</source>
            <extracomment>finding code actions_taken.date_missing</extracomment>
            <translation>Ghi ngày liên lạc này với USCIS. Ngày này cho thấy USCIS đã có đủ thời gian để sửa vấn đề chưa.</translation>
        </message>
        <message>
            <source>{value} is not one of the choices here. Pick one from the list.</source>
            <extracomment>finding code choice.unknown</extracomment>
            <translation>{value} không có trong các lựa chọn. Hãy chọn một mục trong danh sách.</translation>
        </message>
        <message>
            <source>When you help someone else, they must agree to and sign the consent on this form, or you must attach their signed consent (document type: Signed consent).</source>
            <extracomment>finding code consent.helper_required</extracomment>
            <translation>Nếu quý vị giúp người khác, người đó phải đồng ý và ký phần chấp thuận trong mẫu đơn này, hoặc quý vị phải đính kèm giấy chấp thuận có chữ ký của họ (loại giấy tờ: Giấy chấp thuận có chữ ký).</translation>
        </message>
        <message>
            <source>The person with the case must agree to the consent. Without it the Ombudsman cannot work on the case.</source>
            <extracomment>finding code consent.not_agreed</extracomment>
            <translation>Người có hồ sơ phải đồng ý với phần chấp thuận. Nếu không, Văn phòng Ombudsman không thể xử lý hồ sơ.</translation>
        </message>
        <message>
            <source>Say who filled in or read this form to the person, and in which language.</source>
            <extracomment>finding code consent.preparer_statement_missing</extracomment>
            <translation>Ghi ai đã điền mẫu đơn này hoặc đọc nó cho người đó nghe, và bằng ngôn ngữ nào.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax, print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page'. By mail, sign the printed form itself.</source>
            <extracomment>finding code consent.signed_form_missing</extracomment>
            <translation>Mẫu đơn này được ký tay bằng mực. Để gửi qua email hoặc fax, hãy in trang cần ký, ký và ghi ngày bằng mực, rồi thêm trang đã ký (bản quét hoặc ảnh chụp bằng điện thoại) bằng 'Thêm trang đã ký'. Nếu gửi qua bưu điện, hãy ký vào chính mẫu đơn đã in.</translation>
        </message>
        <message>
            <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose 'Print, sign in ink, and scan'.</source>
            <extracomment>finding code consent.wet_ink_required</extracomment>
            <translation>Với hồ sơ T, U, VAWA, tị nạn (asylum) và người tị nạn (refugee), phần chấp thuận phải ký tay bằng mực. Hãy chọn “In ra, ký bằng mực, rồi quét (scan)”.</translation>
        </message>
        <message>
            <source>Contact USCIS first: call 1-800-375-5283 or send an e-Request. The Ombudsman expects you to have tried USCIS in the last 90 days.</source>
            <extracomment>finding code contact.none</extracomment>
            <translation>Hãy liên lạc với USCIS trước: gọi 1-800-375-5283 hoặc gửi e-Request. Ombudsman mong quý vị đã thử liên lạc với USCIS trong 90 ngày qua.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was {days} days ago. The Ombudsman expects a contact in the last 90 days: contact USCIS again first.</source>
            <extracomment>finding code contact.too_old</extracomment>
            <translation>Lần cuối quý vị liên lạc với USCIS là {days} ngày trước. Ombudsman mong có một lần liên lạc trong 90 ngày qua: hãy liên lạc lại với USCIS trước.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was only {days} days ago. The Ombudsman asks you to give USCIS at least 60 days to fix the problem (until {wait_until}).</source>
            <extracomment>finding code contact.too_recent</extracomment>
            <translation>Lần cuối quý vị liên lạc với USCIS mới chỉ {days} ngày trước. Ombudsman yêu cầu quý vị cho USCIS ít nhất 60 ngày để sửa vấn đề (đến ngày {wait_until}).</translation>
        </message>
        <message>
            <source>{value} is not a country we know. It is kept as you typed it; check the spelling or pick a country from the list.</source>
            <extracomment>finding code country.unknown</extracomment>
            <translation>Chúng tôi không biết quốc gia {value}. Nội dung được giữ như quý vị đã gõ; hãy kiểm tra chính tả hoặc chọn một quốc gia trong danh sách.</translation>
        </message>
        <message>
            <source>Enter a real date as mm/dd/yyyy, like 03/14/2026.</source>
            <extracomment>finding code date.format</extracomment>
            <translation>Nhập một ngày có thật theo dạng tháng/ngày/năm (mm/dd/yyyy), ví dụ 03/14/2026.</translation>
        </message>
        <message>
            <source>This date ({date}) is after today. Check it.</source>
            <extracomment>finding code date.future</extracomment>
            <translation>Ngày này ({date}) là sau hôm nay. Hãy kiểm tra lại.</translation>
        </message>
        <message>
            <source>The file of "{title}" was never added. Add the file on the documents step, or remove the document from the list.</source>
            <extracomment>finding code documents.file_missing</extracomment>
            <translation>Tệp của "{title}" chưa bao giờ được thêm. Hãy thêm tệp ở bước giấy tờ, hoặc xóa giấy tờ này khỏi danh sách.</translation>
        </message>
        <message>
            <source>"{title}" is {size} MB, more than one email of {limit} MB can carry: an email export leaves it out, and says so, for you to send it by fax or mail. Or scan it again with fewer pages or at a lower resolution.</source>
            <extracomment>finding code documents.too_big_for_email</extracomment>
            <translation>"{title}" nặng {size} MB, lớn hơn mức một email {limit} MB có thể mang: bản xuất email sẽ bỏ nó ra, và ghi rõ điều đó, để quý vị gửi bằng fax hoặc bưu điện. Hoặc quét lại với ít trang hơn hoặc độ phân giải thấp hơn.</translation>
        </message>
        <message>
            <source>This does not look like an email address. It should look like name@example.org.</source>
            <extracomment>finding code email.format</extracomment>
            <translation>Đây không giống địa chỉ email. Email phải có dạng như ten@example.org.</translation>
        </message>
        <message>
            <source>Give the receipt number, or say why there is none.</source>
            <extracomment>finding code filing.no_receipt_reason</extracomment>
            <translation>Ghi số biên nhận, hoặc cho biết tại sao không có.</translation>
        </message>
        <message>
            <source>List at least one application or petition you filed with USCIS.</source>
            <extracomment>finding code filings.none</extracomment>
            <translation>Ghi ít nhất một đơn hoặc đơn bảo lãnh (petition) mà quý vị đã nộp cho USCIS.</translation>
        </message>
        <message>
            <source>{value} does not look like a USCIS form number such as I-130 or N-400. Check the top of the form you filed.</source>
            <extracomment>finding code form_number.format</extracomment>
            <translation>{value} không giống số mẫu đơn của USCIS như I-130 hoặc N-400. Hãy xem phần trên cùng của mẫu đơn quý vị đã nộp.</translation>
        </message>
        <message>
            <source>An attorney or accredited representative must attach a copy of the Form G-28 that is on file with USCIS (document type: Form G-28).</source>
            <extracomment>finding code g28.missing</extracomment>
            <translation>Luật sư hoặc người đại diện được công nhận phải đính kèm bản sao Mẫu G-28 đã nộp cho USCIS (loại giấy tờ: Mẫu G-28).</translation>
        </message>
        <message>
            <source>Enter a number of 0 or more, like 14.</source>
            <extracomment>finding code number.format</extracomment>
            <translation>Nhập một số từ 0 trở lên, ví dụ 14.</translation>
        </message>
        <message>
            <source>Enter the phone number with its area code, like 202-555-0142, or start with + and the country code for a number outside the U.S.</source>
            <extracomment>finding code phone.format</extracomment>
            <translation>Nhập số điện thoại có mã vùng, ví dụ 202-555-0142, hoặc bắt đầu bằng + và mã quốc gia nếu là số ở ngoài Hoa Kỳ.</translation>
        </message>
        <message>
            <source>A U.S. ZIP code is 5 digits, or 5 + 4 digits, like 20528 or 20528-0180.</source>
            <extracomment>finding code postal_code.us_zip</extracomment>
            <translation>Mã bưu chính (ZIP) của Hoa Kỳ có 5 chữ số, hoặc 5 + 4 chữ số, ví dụ 20528 hoặc 20528-0180.</translation>
        </message>
        <message>
            <source>By these dates the case has waited {months_pending} months, not longer than the posted {posted_months} months. The Ombudsman usually helps only after that time has passed.</source>
            <extracomment>finding code processing.not_past</extracomment>
            <translation>Theo các ngày này, hồ sơ đã chờ {months_pending} tháng, chưa quá {posted_months} tháng theo thời gian công bố. Ombudsman thường chỉ giúp khi đã quá thời gian đó.</translation>
        </message>
        <message>
            <source>Give USCIS's posted processing time in months, so we can show how long past it your case is.</source>
            <extracomment>finding code processing.posted_time_missing</extracomment>
            <translation>Ghi thời gian xử lý USCIS công bố, tính bằng tháng, để cho thấy hồ sơ của quý vị đã quá bao lâu.</translation>
        </message>
        <message>
            <source>Add the receipt date of your application, so we can count how long it has waited.</source>
            <extracomment>finding code processing.receipt_date_missing</extracomment>
            <translation>Thêm ngày nhận hồ sơ của đơn, để tính hồ sơ đã chờ bao lâu.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months.</source>
            <extracomment>finding code processing.summary</extracomment>
            <translation>Đơn cũ nhất được nhận ngày {receipt_date} và đã chờ {months_pending} tháng.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months: {months_past} months past the posted processing time of {posted_months} months, which ended on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_past</extracomment>
            <translation>Đơn cũ nhất được nhận ngày {receipt_date} và đã chờ {months_pending} tháng: quá {months_past} tháng so với thời gian xử lý công bố là {posted_months} tháng, đã hết vào ngày {posted_time_ends}.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months. The posted processing time of {posted_months} months ends on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_within</extracomment>
            <translation>Đơn cũ nhất được nhận ngày {receipt_date} và đã chờ {months_pending} tháng. Thời gian xử lý công bố là {posted_months} tháng, hết vào ngày {posted_time_ends}.</translation>
        </message>
        <message>
            <source>You chose emergency or hardship: describe it, so the Ombudsman can see why it is urgent.</source>
            <extracomment>finding code reasons.hardship_description_missing</extracomment>
            <translation>Quý vị đã chọn trường hợp khẩn cấp hoặc khó khăn: hãy mô tả, để Ombudsman thấy vì sao cần gấp.</translation>
        </message>
        <message>
            <source>This receipt number is listed twice. Remove one of them.</source>
            <extracomment>finding code receipt_number.duplicate</extracomment>
            <translation>Số biên nhận này có hai lần. Hãy xóa một số.</translation>
        </message>
        <message>
            <source>A receipt number is 3 letters and 10 digits, like IOE0912345678. Check it against your receipt notice.</source>
            <extracomment>finding code receipt_number.format</extracomment>
            <translation>Số biên nhận gồm 3 chữ cái và 10 chữ số, ví dụ IOE0912345678. Hãy so với giấy biên nhận của quý vị.</translation>
        </message>
        <message>
            <source>{prefix} is not a receipt-number start we know. Check the letters on your receipt notice; if they match, keep it.</source>
            <extracomment>finding code receipt_number.unknown_prefix</extracomment>
            <translation>Chúng tôi không biết số biên nhận bắt đầu bằng {prefix}. Hãy kiểm tra các chữ cái trên giấy biên nhận; nếu giống nhau thì cứ giữ nguyên.</translation>
        </message>
        <message>
            <source>Worth answering if you can: {label}</source>
            <extracomment>finding code recommended</extracomment>
            <translation>Nên trả lời nếu có thể: {label}</translation>
        </message>
        <message>
            <source>This needs an answer: {label}</source>
            <extracomment>finding code required</extracomment>
            <translation>Cần trả lời câu này: {label}</translation>
        </message>
        <message>
            <source>Where to go instead: a nonprofit immigration legal service (free or low-cost ones are listed by ImmigrationLawHelp.org); the Justice Department's list of recognized organizations and accredited representatives (EOIR); or your state bar association's lawyer referral service.</source>
            <extracomment>finding code screening.where_to_go</extracomment>
            <translation>Nên đến đâu thay vào đó: một dịch vụ pháp lý di trú phi lợi nhuận (ImmigrationLawHelp.org có danh sách các nơi miễn phí hoặc chi phí thấp); danh sách các tổ chức được công nhận và đại diện được công nhận của Bộ Tư pháp (EOIR); hoặc dịch vụ giới thiệu luật sư của hội luật sư tiểu bang quý vị.</translation>
        </message>
        <message>
            <source>This answer holds invisible control characters ({chars}), often copied along with pasted text. Delete the answer and type it again.</source>
            <extracomment>finding code text.control_characters</extracomment>
            <translation>Câu trả lời này có ký tự điều khiển vô hình ({chars}), thường bị chép theo khi dán văn bản. Xin xóa câu trả lời và gõ lại.</translation>
        </message>
        <message>
            <source>This answer should be a list of choices.</source>
            <extracomment>finding code type.wrong.array</extracomment>
            <translation>Câu trả lời này phải là một danh sách lựa chọn.</translation>
        </message>
        <message>
            <source>This answer should be yes or no (true or false).</source>
            <extracomment>finding code type.wrong.boolean</extracomment>
            <translation>Câu trả lời này phải là có hoặc không (đúng hoặc sai).</translation>
        </message>
        <message>
            <source>This should be a group of answers ({{ ... }}), not a single value.</source>
            <extracomment>finding code type.wrong.group</extracomment>
            <translation>Đây phải là một nhóm câu trả lời ({{ ... }}), không phải một giá trị.</translation>
        </message>
        <message>
            <source>This should be a list of items ([ ... ]).</source>
            <extracomment>finding code type.wrong.list</extracomment>
            <translation>Đây phải là một danh sách các mục ([ ... ]).</translation>
        </message>
        <message>
            <source>This answer should be a number.</source>
            <extracomment>finding code type.wrong.number</extracomment>
            <translation>Câu trả lời này phải là một con số.</translation>
        </message>
        <message>
            <source>This answer should be text.</source>
            <extracomment>finding code type.wrong.string</extracomment>
            <translation>Câu trả lời này phải là chữ.</translation>
        </message>
        <message>
            <source>Ombud Desktop does not know the answer "{field}". It is kept, but it is not printed on the form. Check the spelling of its name.</source>
            <extracomment>finding code unknown_field</extracomment>
            <translation>Ombud Desktop không biết câu trả lời "{field}". Câu trả lời vẫn được giữ, nhưng không được in lên mẫu đơn. Hãy kiểm tra tên của nó có viết đúng không.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot change a USCIS decision you disagree with. It can help when USCIS made a mistake or a delay. To challenge a decision, ask a lawyer about an appeal.</source>
            <extracomment>finding code screening.blocker.disagrees_no_error</extracomment>
            <translation>Ombudsman không thể thay đổi một quyết định của USCIS mà quý vị không đồng ý. Ombudsman có thể giúp khi USCIS làm sai hoặc chậm trễ. Muốn kháng cáo một quyết định, hãy hỏi luật sư.</translation>
        </message>
        <message>
            <source>The Ombudsman only helps with problems with USCIS. Other agencies, like the State Department or the immigration courts, are not part of its work.</source>
            <extracomment>finding code screening.blocker.not_uscis</extracomment>
            <translation>Ombudsman chỉ giúp các vấn đề với USCIS. Các cơ quan khác, như Bộ Ngoại giao hoặc tòa di trú, không thuộc công việc của Ombudsman.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot give legal advice. A lawyer or an accredited representative can.</source>
            <extracomment>finding code screening.blocker.wants_legal_advice</extracomment>
            <translation>Ombudsman không thể tư vấn pháp lý. Luật sư hoặc người đại diện được công nhận thì có thể.</translation>
        </message>
        <message>
            <source>You chose to send the request anyway. The Ombudsman may answer that it cannot help.</source>
            <extracomment>finding code screening.continue_anyway</extracomment>
            <translation>Quý vị đã chọn vẫn gửi yêu cầu. Ombudsman có thể trả lời rằng không giúp được.</translation>
        </message>
        <message>
            <source>The Ombudsman does not give legal advice, cannot overrule a USCIS decision, and only works on problems with USCIS.</source>
            <extracomment>finding code screening.limits</extracomment>
            <translation>Ombudsman không tư vấn pháp lý, không thể bác bỏ quyết định của USCIS, và chỉ giải quyết vấn đề với USCIS.</translation>
        </message>
        <message>
            <source>From your answers, the Ombudsman may be able to help. Contact USCIS first if you have not: the Ombudsman expects that you tried.</source>
            <extracomment>finding code screening.may_help</extracomment>
            <translation>Theo câu trả lời của quý vị, Ombudsman có thể giúp được. Nếu chưa làm, hãy liên lạc với USCIS trước: Ombudsman mong quý vị đã thử.</translation>
        </message>
        <message>
            <source>Choose at least one reason you need help. The Ombudsman helps with delays, mistakes and problems USCIS did not fix.</source>
            <extracomment>finding code screening.no_reason</extracomment>
            <translation>Hãy chọn ít nhất một lý do quý vị cần giúp đỡ. Ombudsman giúp khi hồ sơ bị chậm, bị làm sai, hoặc có vấn đề mà USCIS chưa sửa.</translation>
        </message>
        <message>
            <source>Give at least one way to reach the person: phone, email, fax or a mailing address.</source>
            <extracomment>finding code subject.no_contact</extracomment>
            <translation>Cho ít nhất một cách để liên lạc với người đó: điện thoại, email, fax hoặc địa chỉ nhận thư.</translation>
        </message>
        <message>
            <source>{value} is not a U.S. state or territory. Pick one from the list.</source>
            <extracomment>finding code us_state.unknown</extracomment>
            <translation>{value} không phải là một tiểu bang hay lãnh thổ của Hoa Kỳ. Hãy chọn trong danh sách.</translation>
        </message>
        <message>
            <source>A USCIS online account number has 12 digits.</source>
            <extracomment>finding code uscis_account.format</extracomment>
            <translation>Số tài khoản trực tuyến USCIS có 12 chữ số.</translation>
        </message>
    </context>
    <context>
        <name>formspec</name>
        <message>
            <source>Can the Ombudsman help?</source>
            <extracomment>section screening: title</extracomment>
            <translation>Ombudsman có giúp được không?</translation>
        </message>
        <message>
            <source>The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or went wrong. A few questions first show whether it can help with yours.</source>
            <extracomment>section screening: intro</extracomment>
            <translation>CIS Ombudsman là một văn phòng nhỏ, giúp khi hồ sơ với USCIS bị kẹt hoặc bị sai. Trước tiên, vài câu hỏi sẽ cho thấy văn phòng có thể giúp hồ sơ của quý vị không.</translation>
        </message>
        <message>
            <source>What is happening with your case?</source>
            <extracomment>screening.reasons: label</extracomment>
            <translation>Hồ sơ của quý vị đang gặp chuyện gì?</translation>
        </message>
        <message>
            <source>Pick every line that fits. The Ombudsman only helps with problems like these, so this tells us if this form is the right way to get help.</source>
            <extracomment>screening.reasons: help</extracomment>
            <translation>Chọn tất cả các dòng đúng với quý vị. Ombudsman chỉ giúp những vấn đề như thế này, nên câu trả lời cho biết mẫu đơn này có phải là cách đúng để xin giúp đỡ không.</translation>
        </message>
        <message>
            <source>An emergency or hardship caused by a USCIS mistake or delay</source>
            <extracomment>screening.reasons = hardship</extracomment>
            <translation>Trường hợp khẩn cấp hoặc khó khăn do USCIS làm sai hoặc chậm trễ</translation>
        </message>
        <message>
            <source>I asked USCIS customer service and it is still not fixed</source>
            <extracomment>screening.reasons = unresolved</extracomment>
            <translation>Tôi đã hỏi bộ phận dịch vụ khách hàng của USCIS mà vẫn chưa được giải quyết</translation>
        </message>
        <message>
            <source>My case has waited longer than USCIS's posted processing time</source>
            <extracomment>screening.reasons = beyond_processing_time</extracomment>
            <translation>Hồ sơ của tôi đã chờ lâu hơn thời gian xử lý USCIS công bố</translation>
        </message>
        <message>
            <source>USCIS made a mistake with my case</source>
            <extracomment>screening.reasons = uscis_error</extracomment>
            <translation>USCIS đã làm sai với hồ sơ của tôi</translation>
        </message>
        <message>
            <source>Do any of these fit your situation?</source>
            <extracomment>screening.blockers: label</extracomment>
            <translation>Có điều nào dưới đây đúng với quý vị không?</translation>
        </message>
        <message>
            <source>Pick any that are true. The Ombudsman cannot help with these, and it is better to know now than to wait for an answer that says no.</source>
            <extracomment>screening.blockers: help</extracomment>
            <translation>Chọn những điều đúng. Ombudsman không thể giúp những việc này, và biết ngay bây giờ thì tốt hơn là chờ một câu trả lời từ chối.</translation>
        </message>
        <message>
            <source>I want legal advice about my case</source>
            <extracomment>screening.blockers = wants_legal_advice</extracomment>
            <translation>Tôi muốn được tư vấn pháp lý về hồ sơ của tôi</translation>
        </message>
        <message>
            <source>My problem is with another office, not USCIS</source>
            <extracomment>screening.blockers = not_uscis</extracomment>
            <translation>Vấn đề của tôi là với một cơ quan khác, không phải USCIS</translation>
        </message>
        <message>
            <source>I disagree with a USCIS decision, but I cannot point to a mistake</source>
            <extracomment>screening.blockers = disagrees_no_error</extracomment>
            <translation>Tôi không đồng ý với quyết định của USCIS, nhưng tôi không chỉ ra được chỗ sai</translation>
        </message>
        <message>
            <source>I understand the Ombudsman may not be able to help, and I want to send it anyway</source>
            <extracomment>screening.continue_anyway: label</extracomment>
            <translation>Tôi hiểu rằng Ombudsman có thể không giúp được, nhưng tôi vẫn muốn gửi</translation>
        </message>
        <message>
            <source>Only choose this if you read why the Ombudsman may not be able to help and still want to ask. It keeps you from sending a request by mistake.</source>
            <extracomment>screening.continue_anyway: help</extracomment>
            <translation>Chỉ chọn mục này nếu quý vị đã đọc lý do Ombudsman có thể không giúp được mà vẫn muốn hỏi. Việc này giúp tránh gửi yêu cầu do nhầm lẫn.</translation>
        </message>
        <message>
            <source>What you already did with USCIS</source>
            <extracomment>section actions_taken: title</extracomment>
            <translation>Những gì quý vị đã làm với USCIS</translation>
        </message>
        <message>
            <source>The Ombudsman asks you to contact USCIS first. It expects that you reached USCIS in the last 90 days, and that you gave USCIS at least 60 days to fix the problem.</source>
            <extracomment>section actions_taken: intro</extracomment>
            <translation>Ombudsman yêu cầu quý vị liên lạc với USCIS trước. Ombudsman mong quý vị đã liên lạc với USCIS trong 90 ngày qua, và đã cho USCIS ít nhất 60 ngày để sửa vấn đề.</translation>
        </message>
        <message>
            <source>Did you call the USCIS Contact Center (1-800-375-5283)?</source>
            <extracomment>actions_taken.ncsc_called: label</extracomment>
            <translation>Quý vị đã gọi Trung tâm Liên lạc USCIS (1-800-375-5283) chưa?</translation>
        </message>
        <message>
            <source>Calling USCIS is usually the first step. The Ombudsman wants to know what you tried so it does not ask you to do it again.</source>
            <extracomment>actions_taken.ncsc_called: help</extracomment>
            <translation>Gọi USCIS thường là bước đầu tiên. Ombudsman muốn biết quý vị đã thử những gì để không bảo quý vị làm lại.</translation>
        </message>
        <message>
            <source>When did you last call?</source>
            <extracomment>actions_taken.ncsc_date: label</extracomment>
            <translation>Lần cuối quý vị gọi là khi nào?</translation>
        </message>
        <message>
            <source>The date of your last call. It shows how long USCIS has had to fix the problem.</source>
            <extracomment>actions_taken.ncsc_date: help</extracomment>
            <translation>Ngày của cuộc gọi gần nhất. Ngày này cho thấy USCIS đã có bao lâu để sửa vấn đề.</translation>
        </message>
        <message>
            <source>Service request or referral number</source>
            <extracomment>actions_taken.ncsc_reference: label</extracomment>
            <translation>Số yêu cầu dịch vụ hoặc số chuyển tiếp</translation>
        </message>
        <message>
            <source>If USCIS gave you a number for your call, write it here. It helps the Ombudsman find your call in USCIS records.</source>
            <extracomment>actions_taken.ncsc_reference: help</extracomment>
            <translation>Nếu USCIS cho quý vị một số cho cuộc gọi, hãy ghi vào đây. Số này giúp Ombudsman tìm cuộc gọi trong hồ sơ của USCIS.</translation>
        </message>
        <message>
            <source>Did you check your case status online?</source>
            <extracomment>actions_taken.case_status_checked: label</extracomment>
            <translation>Quý vị đã xem tình trạng hồ sơ trên mạng chưa?</translation>
        </message>
        <message>
            <source>USCIS shows case status on its website. This tells the Ombudsman what USCIS was showing you.</source>
            <extracomment>actions_taken.case_status_checked: help</extracomment>
            <translation>USCIS cho xem tình trạng hồ sơ trên trang web. Điều này cho Ombudsman biết USCIS đã hiển thị gì cho quý vị.</translation>
        </message>
        <message>
            <source>When did you last check it?</source>
            <extracomment>actions_taken.case_status_date: label</extracomment>
            <translation>Lần cuối quý vị xem là khi nào?</translation>
        </message>
        <message>
            <source>The last date you looked at your case status.</source>
            <extracomment>actions_taken.case_status_date: help</extracomment>
            <translation>Ngày gần nhất quý vị xem tình trạng hồ sơ.</translation>
        </message>
        <message>
            <source>Did you go to a USCIS office appointment (InfoPass)?</source>
            <extracomment>actions_taken.appointment: label</extracomment>
            <translation>Quý vị đã đến buổi hẹn tại văn phòng USCIS (InfoPass) chưa?</translation>
        </message>
        <message>
            <source>An in-person appointment is another way to ask USCIS for help. Say if you had one.</source>
            <extracomment>actions_taken.appointment: help</extracomment>
            <translation>Buổi hẹn gặp trực tiếp là một cách khác để xin USCIS giúp. Hãy cho biết quý vị đã có buổi hẹn chưa.</translation>
        </message>
        <message>
            <source>Date of the appointment</source>
            <extracomment>actions_taken.appointment_date: label</extracomment>
            <translation>Ngày hẹn</translation>
        </message>
        <message>
            <source>The date you went to the USCIS office.</source>
            <extracomment>actions_taken.appointment_date: help</extracomment>
            <translation>Ngày quý vị đến văn phòng USCIS.</translation>
        </message>
        <message>
            <source>Which USCIS office?</source>
            <extracomment>actions_taken.appointment_office: label</extracomment>
            <translation>Văn phòng USCIS nào?</translation>
        </message>
        <message>
            <source>The city or name of the office you went to.</source>
            <extracomment>actions_taken.appointment_office: help</extracomment>
            <translation>Thành phố hoặc tên của văn phòng quý vị đã đến.</translation>
        </message>
        <message>
            <source>Did you send USCIS an online request (e-Request)?</source>
            <extracomment>actions_taken.e_request: label</extracomment>
            <translation>Quý vị đã gửi yêu cầu trực tuyến (e-Request) cho USCIS chưa?</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website to ask about a case. Say if you sent one.</source>
            <extracomment>actions_taken.e_request: help</extracomment>
            <translation>e-Request là một mẫu trên trang web USCIS để hỏi về hồ sơ. Hãy cho biết quý vị đã gửi chưa.</translation>
        </message>
        <message>
            <source>Date of the e-Request</source>
            <extracomment>actions_taken.e_request_date: label</extracomment>
            <translation>Ngày gửi e-Request</translation>
        </message>
        <message>
            <source>The date you sent the online request.</source>
            <extracomment>actions_taken.e_request_date: help</extracomment>
            <translation>Ngày quý vị gửi yêu cầu trực tuyến.</translation>
        </message>
        <message>
            <source>e-Request number</source>
            <extracomment>actions_taken.e_request_number: label</extracomment>
            <translation>Số e-Request</translation>
        </message>
        <message>
            <source>The number USCIS gave you for the online request, if you have it.</source>
            <extracomment>actions_taken.e_request_number: help</extracomment>
            <translation>Số USCIS cho quý vị khi gửi yêu cầu trực tuyến, nếu có.</translation>
        </message>
        <message>
            <source>Did a member of Congress ask USCIS about your case?</source>
            <extracomment>actions_taken.congress_inquiry: label</extracomment>
            <translation>Có thành viên Quốc hội nào hỏi USCIS về hồ sơ của quý vị không?</translation>
        </message>
        <message>
            <source>Your senator or representative can also ask USCIS. The Ombudsman wants to know so two offices do not do the same work.</source>
            <extracomment>actions_taken.congress_inquiry: help</extracomment>
            <translation>Thượng nghị sĩ hoặc dân biểu của quý vị cũng có thể hỏi USCIS. Ombudsman muốn biết để hai văn phòng không làm cùng một việc.</translation>
        </message>
        <message>
            <source>Which office of Congress?</source>
            <extracomment>actions_taken.congress_office: label</extracomment>
            <translation>Văn phòng Quốc hội nào?</translation>
        </message>
        <message>
            <source>The name of the senator or representative whose office helped.</source>
            <extracomment>actions_taken.congress_office: help</extracomment>
            <translation>Tên của thượng nghị sĩ hoặc dân biểu có văn phòng đã giúp.</translation>
        </message>
        <message>
            <source>Anything else you did to fix the problem</source>
            <extracomment>actions_taken.other: label</extracomment>
            <translation>Những việc khác quý vị đã làm để giải quyết vấn đề</translation>
        </message>
        <message>
            <source>For example letters you sent to USCIS. Everything you tried helps the Ombudsman.</source>
            <extracomment>actions_taken.other: help</extracomment>
            <translation>Ví dụ thư quý vị đã gửi cho USCIS. Mọi việc quý vị đã thử đều giúp ích cho Ombudsman.</translation>
        </message>
        <message>
            <source>Why you are asking for help</source>
            <extracomment>section reasons: title</extracomment>
            <translation>Vì sao quý vị xin giúp đỡ</translation>
        </message>
        <message>
            <source>Tell the Ombudsman what went wrong and what you want fixed.</source>
            <extracomment>section reasons: intro</extracomment>
            <translation>Cho Ombudsman biết chuyện gì đã sai và quý vị muốn sửa điều gì.</translation>
        </message>
        <message>
            <source>Why are you asking for help?</source>
            <extracomment>reasons.kinds: label</extracomment>
            <translation>Vì sao quý vị xin giúp đỡ?</translation>
        </message>
        <message>
            <source>Pick every reason that fits. It helps the Ombudsman see how urgent your case is.</source>
            <extracomment>reasons.kinds: help</extracomment>
            <translation>Chọn tất cả lý do đúng. Việc này giúp Ombudsman thấy hồ sơ của quý vị gấp đến mức nào.</translation>
        </message>
        <message>
            <source>Emergency or hardship</source>
            <extracomment>reasons.kinds = emergency_hardship</extracomment>
            <translation>Khẩn cấp hoặc khó khăn</translation>
        </message>
        <message>
            <source>Pending longer than the posted processing time</source>
            <extracomment>reasons.kinds = beyond_processing_time</extracomment>
            <translation>Chờ lâu hơn thời gian xử lý được công bố</translation>
        </message>
        <message>
            <source>USCIS made a mistake</source>
            <extracomment>reasons.kinds = uscis_error</extracomment>
            <translation>USCIS đã làm sai</translation>
        </message>
        <message>
            <source>At risk of losing status or building up unlawful presence</source>
            <extracomment>reasons.kinds = losing_status</extracomment>
            <translation>Có nguy cơ mất tình trạng cư trú hoặc bị tính thời gian cư trú bất hợp pháp</translation>
        </message>
        <message>
            <source>USCIS lost documents</source>
            <extracomment>reasons.kinds = lost_documents</extracomment>
            <translation>USCIS làm mất giấy tờ</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>reasons.kinds = other</extracomment>
            <translation>Khác</translation>
        </message>
        <message>
            <source>What is the emergency or hardship?</source>
            <extracomment>reasons.hardship_description: label</extracomment>
            <translation>Trường hợp khẩn cấp hoặc khó khăn là gì?</translation>
        </message>
        <message>
            <source>Explain what will happen if USCIS does not act soon, for example losing a job, missing medical care, or a family member who is very sick. The Ombudsman looks at urgent cases first, so clear facts matter.</source>
            <extracomment>reasons.hardship_description: help</extracomment>
            <translation>Giải thích điều gì sẽ xảy ra nếu USCIS không sớm giải quyết, ví dụ mất việc, lỡ việc chữa bệnh, hoặc có người nhà bệnh rất nặng. Ombudsman xem các hồ sơ gấp trước, nên sự việc rõ ràng rất quan trọng.</translation>
        </message>
        <message>
            <source>USCIS's posted processing time (months)</source>
            <extracomment>reasons.posted_processing_time_months: label</extracomment>
            <translation>Thời gian xử lý USCIS công bố (tháng)</translation>
        </message>
        <message>
            <source>USCIS posts how long a form usually takes at each office. Write the number of months it showed. We use it to count how far past that time your case is.</source>
            <extracomment>reasons.posted_processing_time_months: help</extracomment>
            <translation>USCIS công bố thời gian thường cần để xử lý một mẫu đơn ở mỗi văn phòng. Ghi số tháng đã hiển thị. Chúng tôi dùng số này để tính hồ sơ của quý vị đã quá thời gian đó bao lâu.</translation>
        </message>
        <message>
            <source>When did you look up that processing time?</source>
            <extracomment>reasons.processing_time_checked_on: label</extracomment>
            <translation>Quý vị đã tra thời gian xử lý đó vào ngày nào?</translation>
        </message>
        <message>
            <source>Processing times change. The date shows which posted time you compared with.</source>
            <extracomment>reasons.processing_time_checked_on: help</extracomment>
            <translation>Thời gian xử lý có thay đổi. Ngày này cho biết quý vị đã so với thời gian công bố nào.</translation>
        </message>
        <message>
            <source>What happened?</source>
            <extracomment>reasons.problem_description: label</extracomment>
            <translation>Chuyện gì đã xảy ra?</translation>
        </message>
        <message>
            <source>Tell the story in order, with dates if you know them: what you filed, what USCIS did or did not do, and what you tried. This is the most important part: the Ombudsman reads it to understand your problem.</source>
            <extracomment>reasons.problem_description: help</extracomment>
            <translation>Kể lại theo thứ tự, có ngày tháng nếu quý vị biết: quý vị đã nộp gì, USCIS đã làm hoặc không làm gì, và quý vị đã thử những gì. Đây là phần quan trọng nhất: Ombudsman đọc phần này để hiểu vấn đề của quý vị.</translation>
        </message>
        <message>
            <source>What do you want the Ombudsman to do?</source>
            <extracomment>reasons.desired_outcome: label</extracomment>
            <translation>Quý vị muốn Ombudsman làm gì?</translation>
        </message>
        <message>
            <source>For example: ask USCIS to decide the case, or to correct a mistake on a card. A clear request is easier to act on.</source>
            <extracomment>reasons.desired_outcome: help</extracomment>
            <translation>Ví dụ: yêu cầu USCIS quyết định hồ sơ, hoặc sửa một lỗi trên thẻ. Yêu cầu rõ ràng thì dễ giải quyết hơn.</translation>
        </message>
        <message>
            <source>Who is filling in this request</source>
            <extracomment>section submitter: title</extracomment>
            <translation>Ai đang điền yêu cầu này</translation>
        </message>
        <message>
            <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person's written consent.</source>
            <extracomment>section submitter: intro</extracomment>
            <translation>Quý vị có thể xin giúp đỡ cho chính mình, hoặc giúp người khác xin. Luật sư cần có Mẫu G-28 đã nộp cho USCIS; bất kỳ ai khác giúp đỡ đều cần giấy chấp thuận bằng văn bản của người đó.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <extracomment>submitter.role: label</extracomment>
            <translation>Quý vị là ai?</translation>
        </message>
        <message>
            <source>I am the person with the USCIS case</source>
            <extracomment>submitter.role = self</extracomment>
            <translation>Tôi là người có hồ sơ với USCIS</translation>
        </message>
        <message>
            <source>I am their attorney or accredited representative</source>
            <extracomment>submitter.role = attorney</extracomment>
            <translation>Tôi là luật sư hoặc người đại diện được công nhận của họ</translation>
        </message>
        <message>
            <source>You need a copy of your Form G-28 that is on file with USCIS.</source>
            <extracomment>submitter.role = attorney: help</extracomment>
            <translation>Quý vị cần một bản sao Mẫu G-28 của quý vị đã nộp cho USCIS.</translation>
        </message>
        <message>
            <source>I am helping them (family, volunteer, school official, congressional staff…)</source>
            <extracomment>submitter.role = helper</extracomment>
            <translation>Tôi đang giúp họ (người nhà, tình nguyện viên, nhân viên trường học, nhân viên Quốc hội…)</translation>
        </message>
        <message>
            <source>The person must sign a consent that lets you ask for them.</source>
            <extracomment>submitter.role = helper: help</extracomment>
            <translation>Người đó phải ký giấy chấp thuận cho phép quý vị hỏi thay họ.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <extracomment>submitter.name: label</extracomment>
            <translation>Họ tên đầy đủ của quý vị</translation>
        </message>
        <message>
            <source>The Ombudsman writes to you as the person who sent the request.</source>
            <extracomment>submitter.name: help</extracomment>
            <translation>Ombudsman sẽ viết thư cho quý vị vì quý vị là người gửi yêu cầu.</translation>
        </message>
        <message>
            <source>Organization or law firm</source>
            <extracomment>submitter.organization: label</extracomment>
            <translation>Tổ chức hoặc văn phòng luật</translation>
        </message>
        <message>
            <source>If you help as part of a group or law firm, give its name.</source>
            <extracomment>submitter.organization: help</extracomment>
            <translation>Nếu quý vị giúp đỡ thay mặt một nhóm hoặc văn phòng luật, hãy ghi tên của nơi đó.</translation>
        </message>
        <message>
            <source>How are you related to the person?</source>
            <extracomment>submitter.relationship: label</extracomment>
            <translation>Quý vị có quan hệ gì với người đó?</translation>
        </message>
        <message>
            <source>For example: daughter, friend, volunteer at a community center.</source>
            <extracomment>submitter.relationship: help</extracomment>
            <translation>Ví dụ: con gái, bạn, tình nguyện viên ở trung tâm cộng đồng.</translation>
        </message>
        <message>
            <source>Your phone</source>
            <extracomment>submitter.phone: label</extracomment>
            <translation>Số điện thoại của quý vị</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach you with questions.</source>
            <extracomment>submitter.phone: help</extracomment>
            <translation>Số mà Ombudsman có thể gọi cho quý vị khi có câu hỏi.</translation>
        </message>
        <message>
            <source>Your email</source>
            <extracomment>submitter.email: label</extracomment>
            <translation>Email của quý vị</translation>
        </message>
        <message>
            <source>Email is the fastest way for the Ombudsman to answer.</source>
            <extracomment>submitter.email: help</extracomment>
            <translation>Email là cách nhanh nhất để Ombudsman trả lời.</translation>
        </message>
        <message>
            <source>Your fax</source>
            <extracomment>submitter.fax: label</extracomment>
            <translation>Số fax của quý vị</translation>
        </message>
        <message>
            <source>Only if you use a fax machine.</source>
            <extracomment>submitter.fax: help</extracomment>
            <translation>Chỉ khi quý vị dùng máy fax.</translation>
        </message>
        <message>
            <source>Street address</source>
            <extracomment>submitter.address.street: label</extracomment>
            <translation>Địa chỉ (số nhà và tên đường)</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.street: help</extracomment>
            <translation>Số nhà và tên đường, hoặc hộp thư (P.O. box), để Ombudsman gửi thư cho quý vị.</translation>
        </message>
        <message>
            <source>Apartment, suite or floor</source>
            <extracomment>submitter.address.unit: label</extracomment>
            <translation>Số căn hộ, phòng hoặc tầng</translation>
        </message>
        <message>
            <source>Leave empty if none.</source>
            <extracomment>submitter.address.unit: help</extracomment>
            <translation>Để trống nếu không có.</translation>
        </message>
        <message>
            <source>City or town</source>
            <extracomment>submitter.address.city: label</extracomment>
            <translation>Thành phố hoặc thị trấn</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.city: help</extracomment>
            <translation>Thành phố hoặc thị trấn, để Ombudsman gửi thư cho quý vị.</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>submitter.address.state: label</extracomment>
            <translation>Tiểu bang</translation>
        </message>
        <message>
            <source>In the U.S., pick the state or territory. Outside the U.S., write the province or region.</source>
            <extracomment>submitter.address.state: help</extracomment>
            <translation>Ở Hoa Kỳ, hãy chọn tiểu bang hoặc lãnh thổ. Ở ngoài Hoa Kỳ, hãy ghi tỉnh hoặc vùng.</translation>
        </message>
        <message>
            <source>ZIP code</source>
            <extracomment>submitter.address.postal_code: label</extracomment>
            <translation>Mã bưu chính (ZIP)</translation>
        </message>
        <message>
            <source>In the U.S. this is 5 digits, or 5 + 4 digits (20528 or 20528-0180). Outside the U.S., write the postal code as it appears on letters.</source>
            <extracomment>submitter.address.postal_code: help</extracomment>
            <translation>Ở Hoa Kỳ là 5 chữ số, hoặc 5 + 4 chữ số (20528 hoặc 20528-0180). Ở ngoài Hoa Kỳ, ghi mã bưu chính như trên thư.</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>submitter.address.country: label</extracomment>
            <translation>Quốc gia</translation>
        </message>
        <message>
            <source>The country of this address.</source>
            <extracomment>submitter.address.country: help</extracomment>
            <translation>Quốc gia của địa chỉ này.</translation>
        </message>
        <message>
            <source>Bar number</source>
            <extracomment>submitter.bar_number: label</extracomment>
            <translation>Số đăng ký luật sư (bar number)</translation>
        </message>
        <message>
            <source>Attorneys: your state bar number, which shows you may practice law.</source>
            <extracomment>submitter.bar_number: help</extracomment>
            <translation>Luật sư: số đăng ký đoàn luật sư của tiểu bang, cho thấy quý vị được phép hành nghề.</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <extracomment>submitter.accreditation: label</extracomment>
            <translation>Giấy công nhận</translation>
        </message>
        <message>
            <source>The Ombudsman only talks about a case with the person, or with someone the person allowed. So it needs to know who is asking.</source>
            <extracomment>submitter.role: help</extracomment>
            <translation>Ombudsman chỉ nói về hồ sơ với chính người đó, hoặc với người họ cho phép. Vì vậy cần biết ai đang hỏi.</translation>
        </message>
        <message>
            <source>If you are an accredited representative: the name of your group and your number. It shows you may help people with USCIS cases.</source>
            <extracomment>submitter.accreditation: help</extracomment>
            <translation>Nếu quý vị là người đại diện được công nhận: tên tổ chức và số của quý vị. Điều này cho thấy quý vị được phép giúp người khác về hồ sơ USCIS.</translation>
        </message>
        <message>
            <source>The person or employer with the USCIS case</source>
            <extracomment>section subject: title</extracomment>
            <translation>Người hoặc chủ lao động có hồ sơ với USCIS</translation>
        </message>
        <message>
            <source>Give the details of the person (or employer) who filed with USCIS and has the problem. Do not enter the attorney or law firm here.</source>
            <extracomment>section subject: intro</extracomment>
            <translation>Cho biết thông tin của người (hoặc chủ lao động) đã nộp hồ sơ cho USCIS và đang gặp vấn đề. Không ghi luật sư hoặc văn phòng luật ở đây.</translation>
        </message>
        <message>
            <source>Is this a person or an employer/organization?</source>
            <extracomment>subject.kind: label</extracomment>
            <translation>Đây là một người hay một chủ lao động/tổ chức?</translation>
        </message>
        <message>
            <source>Employers file petitions too. This decides which name boxes to fill.</source>
            <extracomment>subject.kind: help</extracomment>
            <translation>Chủ lao động cũng nộp đơn bảo lãnh. Câu trả lời quyết định cần điền ô tên nào.</translation>
        </message>
        <message>
            <source>A person</source>
            <extracomment>subject.kind = person</extracomment>
            <translation>Một người</translation>
        </message>
        <message>
            <source>An employer or organization</source>
            <extracomment>subject.kind = organization</extracomment>
            <translation>Một chủ lao động hoặc tổ chức</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>subject.title: label</extracomment>
            <translation>Danh xưng</translation>
        </message>
        <message>
            <source>Optional. How the Ombudsman should address the person in letters.</source>
            <extracomment>subject.title: help</extracomment>
            <translation>Không bắt buộc. Cách Ombudsman nên xưng hô với người đó trong thư.</translation>
        </message>
        <message>
            <source>Mr.</source>
            <extracomment>subject.title = Mr.</extracomment>
            <translation>Ông</translation>
        </message>
        <message>
            <source>Ms.</source>
            <extracomment>subject.title = Ms.</extracomment>
            <translation>Bà</translation>
        </message>
        <message>
            <source>Mx.</source>
            <extracomment>subject.title = Mx.</extracomment>
            <translation>Mx.</translation>
        </message>
        <message>
            <source>First name (given name)</source>
            <extracomment>subject.first_name: label</extracomment>
            <translation>Tên (tên gọi)</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case. Any alphabet is fine.</source>
            <extracomment>subject.first_name: help</extracomment>
            <translation>Viết giống như trên giấy tờ USCIS, để Ombudsman tìm đúng hồ sơ. Chữ viết nào cũng được.</translation>
        </message>
        <message>
            <source>Middle name</source>
            <extracomment>subject.middle_name: label</extracomment>
            <translation>Tên đệm</translation>
        </message>
        <message>
            <source>Only if the USCIS papers show one.</source>
            <extracomment>subject.middle_name: help</extracomment>
            <translation>Chỉ khi giấy tờ USCIS có tên đệm.</translation>
        </message>
        <message>
            <source>Last name (family name)</source>
            <extracomment>subject.last_name: label</extracomment>
            <translation>Họ</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case.</source>
            <extracomment>subject.last_name: help</extracomment>
            <translation>Viết giống như trên giấy tờ USCIS, để Ombudsman tìm đúng hồ sơ.</translation>
        </message>
        <message>
            <source>Name of the employer or organization</source>
            <extracomment>subject.organization_name: label</extracomment>
            <translation>Tên chủ lao động hoặc tổ chức</translation>
        </message>
        <message>
            <source>The name that is on the petition filed with USCIS.</source>
            <extracomment>subject.organization_name: help</extracomment>
            <translation>Tên có trên đơn bảo lãnh đã nộp cho USCIS.</translation>
        </message>
        <message>
            <source>Other names used</source>
            <extracomment>subject.other_names: label</extracomment>
            <translation>Các tên khác đã dùng</translation>
        </message>
        <message>
            <source>For example a name before marriage or another spelling. USCIS may file papers under it.</source>
            <extracomment>subject.other_names: help</extracomment>
            <translation>Ví dụ tên trước khi kết hôn hoặc cách viết khác. USCIS có thể lưu giấy tờ dưới tên đó.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <extracomment>subject.date_of_birth: label</extracomment>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <source>USCIS uses the birth date with the name to find the right person.</source>
            <extracomment>subject.date_of_birth: help</extracomment>
            <translation>USCIS dùng ngày sinh cùng với tên để tìm đúng người.</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <extracomment>subject.country_of_birth: label</extracomment>
            <translation>Nơi sinh (quốc gia)</translation>
        </message>
        <message>
            <source>It helps USCIS match the records.</source>
            <extracomment>subject.country_of_birth: help</extracomment>
            <translation>Giúp USCIS tìm đúng hồ sơ.</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <extracomment>subject.country_of_citizenship: label</extracomment>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <source>The country whose passport the person holds.</source>
            <extracomment>subject.country_of_citizenship: help</extracomment>
            <translation>Quốc gia cấp hộ chiếu cho người đó.</translation>
        </message>
        <message>
            <source>A-Number (if any)</source>
            <extracomment>subject.a_number: label</extracomment>
            <translation>Số A (A-Number), nếu có</translation>
        </message>
        <message>
            <source>Not every person has an A-Number. If you have one, it starts with A and has 7 to 9 digits (A123-456-789). It is the fastest way to find your file.</source>
            <extracomment>subject.a_number: help</extracomment>
            <translation>Không phải ai cũng có Số A. Nếu quý vị có, số này bắt đầu bằng chữ A và có 7 đến 9 chữ số (A123-456-789). Đây là cách nhanh nhất để tìm hồ sơ của quý vị.</translation>
        </message>
        <message>
            <source>USCIS online account number (if any)</source>
            <extracomment>subject.uscis_online_account_number: label</extracomment>
            <translation>Số tài khoản trực tuyến USCIS, nếu có</translation>
        </message>
        <message>
            <source>12 digits. You have one only if you filed online or got it in a USCIS notice.</source>
            <extracomment>subject.uscis_online_account_number: help</extracomment>
            <translation>12 chữ số. Quý vị chỉ có số này nếu đã nộp hồ sơ trực tuyến hoặc nhận được trong thông báo của USCIS.</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.street: help</extracomment>
            <translation>Số nhà và tên đường, hoặc hộp thư (P.O. box), để Ombudsman gửi thư cho người đó.</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.city: help</extracomment>
            <translation>Thành phố hoặc thị trấn, để Ombudsman gửi thư cho người đó.</translation>
        </message>
        <message>
            <source>Phone</source>
            <extracomment>subject.phone: label</extracomment>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach the person. At least one way to reach them is needed.</source>
            <extracomment>subject.phone: help</extracomment>
            <translation>Số mà Ombudsman có thể gọi cho người đó. Cần ít nhất một cách liên lạc.</translation>
        </message>
        <message>
            <source>Fax</source>
            <extracomment>subject.fax: label</extracomment>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Only if the person uses a fax machine.</source>
            <extracomment>subject.fax: help</extracomment>
            <translation>Chỉ khi người đó dùng máy fax.</translation>
        </message>
        <message>
            <source>Email (to get Ombudsman updates)</source>
            <extracomment>subject.email: label</extracomment>
            <translation>Email (để nhận tin từ Ombudsman)</translation>
        </message>
        <message>
            <source>The Ombudsman sends updates about the request to this email.</source>
            <extracomment>subject.email: help</extracomment>
            <translation>Ombudsman gửi tin về yêu cầu đến email này.</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <extracomment>subject.preferred_language: label</extracomment>
            <translation>Ngôn ngữ ưa dùng</translation>
        </message>
        <message>
            <source>The language the person reads and speaks best.</source>
            <extracomment>subject.preferred_language: help</extracomment>
            <translation>Ngôn ngữ mà người đó đọc và nói giỏi nhất.</translation>
        </message>
        <message>
            <source>Does the person need an interpreter?</source>
            <extracomment>subject.needs_interpreter: label</extracomment>
            <translation>Người đó có cần thông dịch viên không?</translation>
        </message>
        <message>
            <source>So the Ombudsman can plan a call in the person's language.</source>
            <extracomment>subject.needs_interpreter: help</extracomment>
            <translation>Để Ombudsman có thể sắp xếp cuộc gọi bằng ngôn ngữ của người đó.</translation>
        </message>
        <message>
            <source>Has the person applied for or received T, U, VAWA, asylum or refugee status?</source>
            <extracomment>subject.protected_category: label</extracomment>
            <translation>Người đó đã xin hoặc đã được cấp diện T, U, VAWA, tị nạn (asylum) hoặc người tị nạn (refugee) chưa?</translation>
        </message>
        <message>
            <source>These cases have extra privacy protections. The consent must then be signed by hand in ink: print it, sign it, and scan it.</source>
            <extracomment>subject.protected_category: help</extracomment>
            <translation>Những hồ sơ này được bảo vệ riêng tư nhiều hơn. Khi đó phần chấp thuận phải ký tay bằng mực: in ra, ký tên, rồi quét (scan).</translation>
        </message>
        <message>
            <source>The beneficiary (if the petition is for someone else)</source>
            <extracomment>section beneficiary: title</extracomment>
            <translation>Người thụ hưởng (nếu đơn bảo lãnh là cho người khác)</translation>
        </message>
        <message>
            <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person's details. Otherwise skip this page.</source>
            <extracomment>section beneficiary: intro</extracomment>
            <translation>Một số đơn bảo lãnh được nộp cho người khác, như người thân hoặc nhân viên. Nếu vậy, hãy cho biết thông tin của người đó. Nếu không, hãy bỏ qua trang này.</translation>
        </message>
        <message>
            <source>Beneficiary's first name</source>
            <extracomment>beneficiary.first_name: label</extracomment>
            <translation>Tên của người thụ hưởng</translation>
        </message>
        <message>
            <source>The person the petition is for.</source>
            <extracomment>beneficiary.first_name: help</extracomment>
            <translation>Người mà đơn bảo lãnh dành cho.</translation>
        </message>
        <message>
            <source>Beneficiary's last name</source>
            <extracomment>beneficiary.last_name: label</extracomment>
            <translation>Họ của người thụ hưởng</translation>
        </message>
        <message>
            <source>As on the petition.</source>
            <extracomment>beneficiary.last_name: help</extracomment>
            <translation>Giống như trên đơn bảo lãnh.</translation>
        </message>
        <message>
            <source>Beneficiary's date of birth</source>
            <extracomment>beneficiary.date_of_birth: label</extracomment>
            <translation>Ngày sinh của người thụ hưởng</translation>
        </message>
        <message>
            <source>Helps USCIS find the right person.</source>
            <extracomment>beneficiary.date_of_birth: help</extracomment>
            <translation>Giúp USCIS tìm đúng người.</translation>
        </message>
        <message>
            <source>Beneficiary's A-Number (if any)</source>
            <extracomment>beneficiary.a_number: label</extracomment>
            <translation>Số A của người thụ hưởng, nếu có</translation>
        </message>
        <message>
            <source>Not everyone has one. If there is one, it helps find the file.</source>
            <extracomment>beneficiary.a_number: help</extracomment>
            <translation>Không phải ai cũng có. Nếu có, số này giúp tìm hồ sơ.</translation>
        </message>
        <message>
            <source>Relationship to the petitioner</source>
            <extracomment>beneficiary.relationship: label</extracomment>
            <translation>Quan hệ với người bảo lãnh</translation>
        </message>
        <message>
            <source>For example: spouse, son, employee.</source>
            <extracomment>beneficiary.relationship: help</extracomment>
            <translation>Ví dụ: vợ, con trai, nhân viên.</translation>
        </message>
        <message>
            <source>Applications and petitions filed</source>
            <extracomment>section filings: title</extracomment>
            <translation>Các đơn và đơn bảo lãnh đã nộp</translation>
        </message>
        <message>
            <source>List all applications and petitions pending with USCIS that are part of this problem. Include every receipt number: it is how the Ombudsman finds each case.</source>
            <extracomment>section filings: intro</extracomment>
            <translation>Ghi tất cả các đơn và đơn bảo lãnh đang chờ USCIS có liên quan đến vấn đề này. Ghi mọi số biên nhận: đó là cách Ombudsman tìm từng hồ sơ.</translation>
        </message>
        <message>
            <source>Application or petition</source>
            <extracomment>section filings: item_label</extracomment>
            <translation>Đơn hoặc đơn bảo lãnh</translation>
        </message>
        <message>
            <source>Form number</source>
            <extracomment>filings[].form_number: label</extracomment>
            <translation>Số mẫu đơn</translation>
        </message>
        <message>
            <source>The number printed at the top of the form you filed, like I-130 or N-400. It tells the Ombudsman what you asked USCIS for.</source>
            <extracomment>filings[].form_number: help</extracomment>
            <translation>Số in ở trên cùng của mẫu đơn quý vị đã nộp, như I-130 hoặc N-400. Số này cho Ombudsman biết quý vị đã xin USCIS điều gì.</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <extracomment>filings[].receipt_number: label</extracomment>
            <translation>Số biên nhận</translation>
        </message>
        <message>
            <source>It is on the receipt notice (Form I-797C) USCIS mailed you: 3 letters and 10 numbers, like IOE0912345678. Dashes and spaces are fine.</source>
            <extracomment>filings[].receipt_number: help</extracomment>
            <translation>Số này có trên giấy biên nhận (Mẫu I-797C) USCIS đã gửi qua bưu điện: 3 chữ cái và 10 chữ số, như IOE0912345678. Có dấu gạch hoặc khoảng trắng cũng được.</translation>
        </message>
        <message>
            <source>Why is there no receipt number?</source>
            <extracomment>filings[].no_receipt_reason: label</extracomment>
            <translation>Vì sao không có số biên nhận?</translation>
        </message>
        <message>
            <source>If you never got a receipt notice, say so here, for example 'filed 5 months ago, no receipt notice yet'. The Ombudsman needs this to look for the case.</source>
            <extracomment>filings[].no_receipt_reason: help</extracomment>
            <translation>Nếu quý vị chưa bao giờ nhận được giấy biên nhận, hãy ghi ở đây, ví dụ “đã nộp 5 tháng trước, chưa có giấy biên nhận”. Ombudsman cần thông tin này để tìm hồ sơ.</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <extracomment>filings[].receipt_date: label</extracomment>
            <translation>Ngày nhận hồ sơ</translation>
        </message>
        <message>
            <source>The 'Received Date' on the receipt notice. We use it to count how long the case has been waiting.</source>
            <extracomment>filings[].receipt_date: help</extracomment>
            <translation>“Received Date” (ngày nhận) trên giấy biên nhận. Chúng tôi dùng ngày này để tính hồ sơ đã chờ bao lâu.</translation>
        </message>
        <message>
            <source>USCIS office handling it</source>
            <extracomment>filings[].office: label</extracomment>
            <translation>Văn phòng USCIS đang xử lý</translation>
        </message>
        <message>
            <source>If you know which office or service center has the case, write it here.</source>
            <extracomment>filings[].office: help</extracomment>
            <translation>Nếu quý vị biết văn phòng hoặc trung tâm dịch vụ nào đang giữ hồ sơ, hãy ghi ở đây.</translation>
        </message>
        <message>
            <source>What you asked USCIS for</source>
            <extracomment>section benefit: title</extracomment>
            <translation>Điều quý vị đã xin USCIS</translation>
        </message>
        <message>
            <source>Choose the kind of immigration benefit the applications are for.</source>
            <extracomment>section benefit: intro</extracomment>
            <translation>Chọn loại quyền lợi di trú mà các đơn xin.</translation>
        </message>
        <message>
            <source>Type of benefit</source>
            <extracomment>benefit.types: label</extracomment>
            <translation>Loại quyền lợi</translation>
        </message>
        <message>
            <source>Pick all that apply. It helps the Ombudsman send your case to the right team.</source>
            <extracomment>benefit.types: help</extracomment>
            <translation>Chọn tất cả mục đúng. Việc này giúp Ombudsman gửi hồ sơ của quý vị đến đúng nhóm.</translation>
        </message>
        <message>
            <source>Nonimmigrant (ex. Student)</source>
            <extracomment>benefit.types = nonimmigrant</extracomment>
            <translation>Không định cư (ví dụ du học sinh)</translation>
        </message>
        <message>
            <source>Immigrant (ex. Permanent Residency)</source>
            <extracomment>benefit.types = immigrant</extracomment>
            <translation>Định cư (ví dụ thường trú nhân)</translation>
        </message>
        <message>
            <source>Citizenship or Naturalization</source>
            <extracomment>benefit.types = citizenship</extracomment>
            <translation>Quốc tịch hoặc nhập tịch</translation>
        </message>
        <message>
            <source>Asylum or Refugee</source>
            <extracomment>benefit.types = asylum_refugee</extracomment>
            <translation>Tị nạn (asylum hoặc refugee)</translation>
        </message>
        <message>
            <source>Interim benefit (ex. Employment Authorization)</source>
            <extracomment>benefit.types = interim</extracomment>
            <translation>Quyền lợi tạm thời (ví dụ giấy phép làm việc)</translation>
        </message>
        <message>
            <source>Waiver (ex. Waiver of Grounds of Inadmissibility)</source>
            <extracomment>benefit.types = waiver</extracomment>
            <translation>Miễn trừ (ví dụ miễn trừ lý do không được nhập cảnh)</translation>
        </message>
        <message>
            <source>What other benefit?</source>
            <extracomment>benefit.other_description: label</extracomment>
            <translation>Quyền lợi nào khác?</translation>
        </message>
        <message>
            <source>You chose 'Other': say in a few words what you asked USCIS for.</source>
            <extracomment>benefit.other_description: help</extracomment>
            <translation>Quý vị đã chọn “Khác”: hãy nói ngắn gọn quý vị đã xin USCIS điều gì.</translation>
        </message>
        <message>
            <source>Supporting documents</source>
            <extracomment>section documents: title</extracomment>
            <translation>Giấy tờ kèm theo</translation>
        </message>
        <message>
            <source>Add copies of papers that show the problem, like receipt notices and letters from USCIS. Please do not send original documents: copies only. The files stay encrypted on this computer.</source>
            <extracomment>section documents: intro</extracomment>
            <translation>Thêm bản sao các giấy tờ cho thấy vấn đề, như giấy biên nhận và thư từ USCIS. Xin đừng gửi bản gốc: chỉ gửi bản sao. Các tập tin được mã hóa và giữ trên máy tính này.</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>section documents: item_label</extracomment>
            <translation>Giấy tờ</translation>
        </message>
        <message>
            <source>Document id</source>
            <extracomment>documents[].id: label</extracomment>
            <translation>Mã giấy tờ</translation>
        </message>
        <message>
            <source>Set by the app.</source>
            <extracomment>documents[].id: help</extracomment>
            <translation>Do ứng dụng đặt.</translation>
        </message>
        <message>
            <source>What kind of document is it?</source>
            <extracomment>documents[].category: label</extracomment>
            <translation>Đây là loại giấy tờ gì?</translation>
        </message>
        <message>
            <source>Helps the Ombudsman see quickly what you sent, and lets the app check that a G-28 or a consent is there when needed.</source>
            <extracomment>documents[].category: help</extracomment>
            <translation>Giúp Ombudsman thấy nhanh quý vị đã gửi gì, và giúp ứng dụng kiểm tra có Mẫu G-28 hoặc giấy chấp thuận khi cần.</translation>
        </message>
        <message>
            <source>Copy of something I sent to USCIS</source>
            <extracomment>documents[].category = submitted_to_uscis</extracomment>
            <translation>Bản sao giấy tờ tôi đã gửi cho USCIS</translation>
        </message>
        <message>
            <source>Copy of something USCIS sent me</source>
            <extracomment>documents[].category = received_from_uscis</extracomment>
            <translation>Bản sao giấy tờ USCIS đã gửi cho tôi</translation>
        </message>
        <message>
            <source>Form G-28 (attorney or representative)</source>
            <extracomment>documents[].category = g28</extracomment>
            <translation>Mẫu G-28 (luật sư hoặc người đại diện)</translation>
        </message>
        <message>
            <source>Signed consent of the person</source>
            <extracomment>documents[].category = consent</extracomment>
            <translation>Giấy chấp thuận có chữ ký của người đó</translation>
        </message>
        <message>
            <source>The form's signature page, signed in ink (scan or photo)</source>
            <extracomment>documents[].category = signed_form</extracomment>
            <translation>Trang chữ ký của mẫu đơn, đã ký bằng mực (bản quét hoặc ảnh)</translation>
        </message>
        <message>
            <source>Other supporting document</source>
            <extracomment>documents[].category = other</extracomment>
            <translation>Giấy tờ kèm theo khác</translation>
        </message>
        <message>
            <source>Short description</source>
            <extracomment>documents[].title: label</extracomment>
            <translation>Mô tả ngắn</translation>
        </message>
        <message>
            <source>For example 'Receipt notice for I-485'. It is printed in the list of documents.</source>
            <extracomment>documents[].title: help</extracomment>
            <translation>Ví dụ “Giấy biên nhận cho I-485”. Mô tả này được in trong danh sách giấy tờ.</translation>
        </message>
        <message>
            <source>File name</source>
            <extracomment>documents[].original_filename: label</extracomment>
            <translation>Tên tập tin</translation>
        </message>
        <message>
            <source>The name of the file you added.</source>
            <extracomment>documents[].original_filename: help</extracomment>
            <translation>Tên của tập tin quý vị đã thêm.</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>documents[].pages: label</extracomment>
            <translation>Số trang</translation>
        </message>
        <message>
            <source>Counted by the app.</source>
            <extracomment>documents[].pages: help</extracomment>
            <translation>Do ứng dụng đếm.</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <extracomment>documents[].sha256: label</extracomment>
            <translation>Dấu vân tay tập tin (SHA-256)</translation>
        </message>
        <message>
            <source>Lets the app check the stored copy has not changed.</source>
            <extracomment>documents[].sha256: help</extracomment>
            <translation>Giúp ứng dụng kiểm tra bản sao đã lưu không bị thay đổi.</translation>
        </message>
        <message>
            <source>Added on</source>
            <extracomment>documents[].added_on: label</extracomment>
            <translation>Ngày thêm</translation>
        </message>
        <message>
            <source>The day the file was added.</source>
            <extracomment>documents[].added_on: help</extracomment>
            <translation>Ngày tập tin được thêm vào.</translation>
        </message>
        <message>
            <source>Consent</source>
            <extracomment>section consent: title</extracomment>
            <translation>Chấp thuận</translation>
        </message>
        <message>
            <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice below first.</source>
            <extracomment>section consent: intro</extracomment>
            <translation>Ombudsman cần sự cho phép của người có hồ sơ để xem hồ sơ USCIS của họ và trao đổi với USCIS về hồ sơ đó. Trước tiên hãy đọc thông báo về Đạo luật Quyền riêng tư (Privacy Act) bên dưới.</translation>
        </message>
        <message>
            <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
            <extracomment>consent.agreed: label</extracomment>
            <translation>Người đó đồng ý cho Ombudsman lấy thông tin của họ và chia sẻ với USCIS để giải quyết vấn đề này</translation>
        </message>
        <message>
            <source>The law keeps USCIS records private. The Ombudsman can only look at the case if the person says yes.</source>
            <extracomment>consent.agreed: help</extracomment>
            <translation>Luật pháp giữ kín hồ sơ USCIS. Ombudsman chỉ được xem hồ sơ nếu người đó đồng ý.</translation>
        </message>
        <message>
            <source>How will the person sign?</source>
            <extracomment>consent.signature_method: label</extracomment>
            <translation>Người đó sẽ ký bằng cách nào?</translation>
        </message>
        <message>
            <source>Draw the signature, type it as /s/ and the name, or print the page and sign it by hand. For T, U, VAWA, asylum and refugee cases only the ink signature is allowed.</source>
            <extracomment>consent.signature_method: help</extracomment>
            <translation>Vẽ chữ ký, gõ chữ ký dạng /s/ và tên, hoặc in trang ra và ký tay. Với hồ sơ T, U, VAWA, tị nạn (asylum) và người tị nạn (refugee), chỉ được ký bằng mực.</translation>
        </message>
        <message>
            <source>Draw it on the screen</source>
            <extracomment>consent.signature_method = drawn</extracomment>
            <translation>Vẽ trên màn hình</translation>
        </message>
        <message>
            <source>Type it (/s/ Name)</source>
            <extracomment>consent.signature_method = typed</extracomment>
            <translation>Gõ chữ ký (/s/ Tên)</translation>
        </message>
        <message>
            <source>Print, sign in ink, and scan</source>
            <extracomment>consent.signature_method = wet_ink</extracomment>
            <translation>In ra, ký bằng mực, rồi quét (scan)</translation>
        </message>
        <message>
            <source>Name of the person signing</source>
            <extracomment>consent.signer_name: label</extracomment>
            <translation>Tên người ký</translation>
        </message>
        <message>
            <source>The person with the case signs, or for an employer someone allowed to sign for it.</source>
            <extracomment>consent.signer_name: help</extracomment>
            <translation>Người có hồ sơ ký, hoặc nếu là chủ lao động thì một người được phép ký thay.</translation>
        </message>
        <message>
            <source>Date signed</source>
            <extracomment>consent.signed_on: label</extracomment>
            <translation>Ngày ký</translation>
        </message>
        <message>
            <source>The day the person signed.</source>
            <extracomment>consent.signed_on: help</extracomment>
            <translation>Ngày người đó ký.</translation>
        </message>
        <message>
            <source>Preparer or interpreter statement</source>
            <extracomment>consent.preparer_statement: label</extracomment>
            <translation>Lời xác nhận của người điền đơn hoặc thông dịch</translation>
        </message>
        <message>
            <source>If someone else filled in this form or read it to the person, write their name and the language, for example: 'Prepared by Minh Tran, read to the subject in Vietnamese.' It shows the person understood what they signed.</source>
            <extracomment>consent.preparer_statement: help</extracomment>
            <translation>Nếu có người khác điền mẫu đơn này hoặc đọc cho người đó nghe, hãy ghi tên của họ và ngôn ngữ, ví dụ: “Do Minh Tran điền, đọc cho đương đơn bằng tiếng Việt.” Điều này cho thấy người đó hiểu những gì mình đã ký.</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>T and U</source>
            <translation>T và U</translation>
        </message>
        <message>
            <source>T and U are kinds of visa: T for victims of human trafficking, U for victims of certain crimes who help the police.</source>
            <translation>T và U là các loại thị thực: T dành cho nạn nhân buôn người, U dành cho nạn nhân của một số tội phạm có giúp đỡ cảnh sát.</translation>
        </message>
        <message>
            <source>VAWA (Violence Against Women Act): a way for people abused by a U.S. citizen or permanent resident family member to apply on their own, without the abuser.</source>
            <translation>VAWA (Đạo luật Chống Bạo lực đối với Phụ nữ): cách để người bị người thân là công dân Hoa Kỳ hoặc thường trú nhân ngược đãi tự nộp đơn, không cần người ngược đãi.</translation>
        </message>
        <message>
            <source>asylee, refugee</source>
            <translation>người tị nạn chính trị, người tị nạn</translation>
        </message>
        <message>
            <source>A refugee was given protection before coming to the United States; an asylee asked for it (asylum) after arriving. Both fear harm in their home country.</source>
            <translation>Người tị nạn được bảo vệ trước khi đến Hoa Kỳ; người tị nạn chính trị xin bảo vệ (tị nạn chính trị) sau khi đến. Cả hai đều sợ bị hại ở quê nhà.</translation>
        </message>
        <message>
            <source>InfoPass is the old name of an in-person appointment at a USCIS office, made through the USCIS Contact Center.</source>
            <translation>InfoPass là tên cũ của cuộc hẹn trực tiếp tại văn phòng USCIS, đặt qua Trung tâm Liên lạc USCIS.</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website for asking about a case, for example when it is past the normal processing time. USCIS answers by email.</source>
            <translation>e-Request là biểu mẫu trên trang web USCIS để hỏi về hồ sơ, ví dụ khi đã quá thời gian xử lý thông thường. USCIS trả lời qua email.</translation>
        </message>
        <message>
            <source>Form G-28 is the form a lawyer or accredited representative signs with the person to show USCIS and the Ombudsman that they represent them.</source>
            <translation>Mẫu G-28 là mẫu mà luật sư hoặc đại diện được công nhận ký cùng đương sự để cho USCIS và Ombudsman biết họ đại diện cho người đó.</translation>
        </message>
        <message>
            <source>beneficiary, petitioner</source>
            <translation>người thụ hưởng, người bảo lãnh</translation>
        </message>
        <message>
            <source>The petitioner files a petition for someone else (a relative, a worker); that person is the beneficiary.</source>
            <translation>Người bảo lãnh nộp đơn bảo lãnh cho người khác (người thân, người lao động); người đó là người thụ hưởng.</translation>
        </message>
        <message>
            <source>accredited representative</source>
            <translation>đại diện được công nhận</translation>
        </message>
        <message>
            <source>An accredited representative is not a lawyer but is allowed by the Justice Department to give immigration legal help, working for a recognized nonprofit organization.</source>
            <translation>Đại diện được công nhận không phải luật sư nhưng được Bộ Tư pháp cho phép giúp đỡ pháp lý về di trú, khi làm việc cho một tổ chức phi lợi nhuận được công nhận.</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>số biên nhận</translation>
        </message>
        <message>
            <source>The receipt number is on the notice USCIS sent after getting an application: three letters and ten digits, for example IOE0912345678.</source>
            <translation>Số biên nhận có trên thông báo USCIS gửi sau khi nhận đơn: ba chữ cái và mười chữ số, ví dụ IOE0912345678.</translation>
        </message>
        <message>
            <source>The A-Number (Alien Registration Number) is the person's own USCIS number: an A and 8 or 9 digits, on a green card, work permit or USCIS notices.</source>
            <translation>A-Number (Số Đăng ký Người nước ngoài) là số USCIS riêng của người đó: chữ A và 8 hoặc 9 chữ số, có trên thẻ xanh, giấy phép lao động hoặc thông báo của USCIS.</translation>
        </message>
        <message>
            <source>“ex.” means “for example”.</source>
            <translation>“ví dụ” nghĩa là đưa ra một trường hợp mẫu.</translation>
        </message>
    </context>
    <context>
        <name>pdf_printing</name>
        <message>
            <source>The packet could not be opened for printing. Make the package again.</source>
            <translation>Không mở được gói hồ sơ để in. Hãy làm lại gói hồ sơ.</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>In gói hồ sơ gửi bưu điện</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is on and try again.</source>
            <translation>Không khởi động được máy in. Hãy kiểm tra máy in đã bật chưa rồi thử lại.</translation>
        </message>
        <message>
            <source>Printing was cancelled. Pages already sent to the printer may still print.</source>
            <translation>Đã hủy in. Những trang đã gửi tới máy in vẫn có thể được in ra.</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Đang in</translation>
        </message>
        <message>
            <source>Printing page {page} of {total}…</source>
            <translation>Đang in trang {page} / {total}…</translation>
        </message>
        <message>
            <source>A page could not be prepared for printing. Make the package again.</source>
            <translation>Không chuẩn bị được một trang để in. Hãy làm lại gói hồ sơ.</translation>
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
            <translation>Đặc khu Columbia</translation>
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
            <translation>Louisiana</translation>
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
            <translation>New Mexico</translation>
        </message>
        <message>
            <source>New York</source>
            <extracomment>US state or territory NY (postal code)</extracomment>
            <translation>New York</translation>
        </message>
        <message>
            <source>North Carolina</source>
            <extracomment>US state or territory NC (postal code)</extracomment>
            <translation>North Carolina</translation>
        </message>
        <message>
            <source>North Dakota</source>
            <extracomment>US state or territory ND (postal code)</extracomment>
            <translation>North Dakota</translation>
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
            <translation>Pennsylvania</translation>
        </message>
        <message>
            <source>Rhode Island</source>
            <extracomment>US state or territory RI (postal code)</extracomment>
            <translation>Rhode Island</translation>
        </message>
        <message>
            <source>South Carolina</source>
            <extracomment>US state or territory SC (postal code)</extracomment>
            <translation>South Carolina</translation>
        </message>
        <message>
            <source>South Dakota</source>
            <extracomment>US state or territory SD (postal code)</extracomment>
            <translation>South Dakota</translation>
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
            <translation>West Virginia</translation>
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
            <translation>Samoa thuộc Mỹ</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>US state or territory GU (postal code)</extracomment>
            <translation>Guam</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>US state or territory MP (postal code)</extracomment>
            <translation>Quần đảo Bắc Mariana</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>US state or territory PR (postal code)</extracomment>
            <translation>Puerto Rico</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <extracomment>US state or territory VI (postal code)</extracomment>
            <translation>Quần đảo Virgin thuộc Mỹ</translation>
        </message>
        <message>
            <source>U.S. Minor Outlying Islands</source>
            <extracomment>US state or territory UM (postal code)</extracomment>
            <translation>Các tiểu đảo xa của Hoa Kỳ</translation>
        </message>
        <message>
            <source>Federated States of Micronesia</source>
            <extracomment>US state or territory FM (postal code)</extracomment>
            <translation>Liên bang Micronesia</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>US state or territory MH (postal code)</extracomment>
            <translation>Quần đảo Marshall</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>US state or territory PW (postal code)</extracomment>
            <translation>Palau</translation>
        </message>
        <message>
            <source>Armed Forces Americas (AA)</source>
            <extracomment>US state or territory AA (postal code)</extracomment>
            <translation>Lực lượng Vũ trang: châu Mỹ (AA)</translation>
        </message>
        <message>
            <source>Armed Forces Europe, Middle East, Africa, Canada (AE)</source>
            <extracomment>US state or territory AE (postal code)</extracomment>
            <translation>Lực lượng Vũ trang: châu Âu, Trung Đông, châu Phi, Canada (AE)</translation>
        </message>
        <message>
            <source>Armed Forces Pacific (AP)</source>
            <extracomment>US state or territory AP (postal code)</extracomment>
            <translation>Lực lượng Vũ trang: Thái Bình Dương (AP)</translation>
        </message>
    </context>
</TS>
