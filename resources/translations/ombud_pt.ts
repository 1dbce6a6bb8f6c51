<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en_US">
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
            <translation>Adicione as datas dos seus contatos com o USCIS para ver como isto se aplica.</translation>
        </message>
        <message>
            <source>Your most recent contact: %1 (%2 days ago).</source>
            <translation>Seu contato mais recente: %1 (há %2 dias).</translation>
        </message>
        <message>
            <source>That is more than 90 days ago. Contact USCIS again first if you can; you may still send the form.</source>
            <translation>Isso foi há mais de 90 dias. Se puder, fale com o USCIS de novo primeiro; mesmo assim você pode enviar o formulário.</translation>
        </message>
        <message>
            <source>USCIS has had it for less than 60 days. The Ombudsman usually expects you to wait until %1; you may still send the form, especially in an emergency.</source>
            <translation>O USCIS está com o caso há menos de 60 dias. O Ombudsman normalmente espera que você aguarde até %1; mesmo assim você pode enviar o formulário, principalmente numa emergência.</translation>
        </message>
        <message>
            <source>These are not hard rules: nothing here stops you from going on.</source>
            <translation>Não são regras rígidas: nada aqui impede você de continuar.</translation>
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
            <translation>Parando…</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <source>Wait for the answer.</source>
            <translation>Aguarde a resposta.</translation>
        </message>
        <message>
            <source>Wait for the answer; ask again if none by %1.</source>
            <translation>Aguarde a resposta; pergunte de novo se nada chegar até %1.</translation>
        </message>
        <message>
            <source>Go on with “%1”.</source>
            <translation>Continue em “%1”.</translation>
        </message>
        <message>
            <source>Send the package, then mark it as sent.</source>
            <translation>Envie o pacote e depois marque como enviado.</translation>
        </message>
        <message>
            <source>Check the PDF and make the package.</source>
            <translation>Confira o PDF e monte o pacote.</translation>
        </message>
    </context>
    <context>
        <name>CasePdfRenderer</name>
        <message>
            <source>“%1” is protected by a password. On the Documents step, remove it and add it again: the app then asks for its password.</source>
            <translation>“%1” está protegido por senha. Na etapa Documentos, remova-o e adicione-o de novo: o aplicativo vai então pedir a senha.</translation>
        </message>
    </context>
    <context>
        <name>CaseSession</name>
        <message>
            <source>Could not save just now. Your answers are still here; try again.</source>
            <translation>Não foi possível salvar agora. Suas respostas continuam aqui; tente de novo.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Trocar a frase-senha</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>Frase-senha &amp;atual</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase-senha atual</translation>
        </message>
        <message>
            <source>&amp;New passphrase (five or more words)</source>
            <translation>&amp;Nova frase-senha (cinco palavras ou mais)</translation>
        </message>
        <message>
            <source>That is not the current passphrase. Try again.</source>
            <translation>Essa não é a frase-senha atual. Tente de novo.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>(choose one)</source>
            <translation>(escolha uma)</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>/s/ (type your name above)</source>
            <translation>/s/ (digite seu nome acima)</translation>
        </message>
        <message>
            <source>Privacy Act notice</source>
            <translation>Aviso da Lei de Privacidade (Privacy Act)</translation>
        </message>
        <message>
            <source>Why we ask: the CIS Ombudsman (6 U.S.C. 272) uses this information to look into your problem with USCIS. What happens with it: the Ombudsman shares it with USCIS, and with others only as the law and the published system-of-records notice allow. Giving it is voluntary, but without it and your consent the Ombudsman may not be able to help you.</source>
            <translation>Por que perguntamos: o CIS Ombudsman (6 U.S.C. 272) usa estas informações para examinar seu problema com o USCIS. O que acontece com elas: o Ombudsman as compartilha com o USCIS, e com outros só como a lei e o aviso publicado do sistema de registros permitem. Informar é voluntário, mas sem isso e sem o seu consentimento o Ombudsman talvez não possa ajudar.</translation>
        </message>
        <message>
            <source>Because this case involves T, U, VAWA, asylee or refugee status, the law protects your information specially. The Ombudsman needs a signature in ink: print the form, sign it by hand, and scan or photograph it. A drawn or typed signature cannot be used.</source>
            <translation>Como este caso envolve status T, U, VAWA, de asilado ou de refugiado, a lei protege suas informações de forma especial. O Ombudsman precisa de uma assinatura com caneta: imprima o formulário, assine à mão e digitalize ou fotografe. Uma assinatura desenhada ou digitada não pode ser usada.</translation>
        </message>
        <message>
            <source>Print and sign: the finished form is printed with an empty signature line. Sign it in ink, then scan or photograph the signed page and add it as a document, or send the paper.</source>
            <translation>Imprimir e assinar: o formulário pronto é impresso com a linha de assinatura em branco. Assine com caneta, depois digitalize ou fotografe a página assinada e adicione como documento, ou mande o papel.</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>&amp;Limpar assinatura</translation>
        </message>
        <message>
            <source>Erases the drawn signature so you can sign again.</source>
            <translation>Apaga a assinatura desenhada para você assinar de novo.</translation>
        </message>
        <message>
            <source>Typed signature</source>
            <translation>Assinatura digitada</translation>
        </message>
    </context>
    <context>
        <name>DestinationsView</name>
        <message>
            <source>Check before sending: the Ombudsman's office changed how it operates in 2025, so these contact details may be out of date. Confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>Confira antes de enviar: o escritório do Ombudsman mudou seu funcionamento em 2025, então estes contatos podem estar desatualizados. Confirme em www.dhs.gov/cisombudsman da próxima vez que tiver internet.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Telefone (gratuito)</translation>
        </message>
        <message>
            <source>(last checked {date})</source>
            <translation>(conferido por último em {date})</translation>
        </message>
        <message>
            <source>Older brochures say: {value}</source>
            <translation>Folhetos antigos dizem: {value}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Fonte: {source}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Choose copies of your documents</source>
            <translation>Escolha cópias dos seus documentos</translation>
        </message>
        <message>
            <source>Documents (%1);;All files (*)</source>
            <translation>Documentos (%1);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>The notice's values are on the applications step.</source>
            <translation>Os dados do aviso estão na etapa de pedidos.</translation>
        </message>
        <message>
            <source>Adding %1 (encrypted)…</source>
            <translation>Adicionando %1 (criptografado)…</translation>
        </message>
        <message>
            <source>“%1” was not added.</source>
            <translation>“%1” não foi adicionado.</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Não foi possível adicionar esse arquivo. Nada foi alterado; tente outro.</translation>
        </message>
        <message>
            <source>Added. It is kept encrypted with this case.</source>
            <translation>Adicionado. Ele fica criptografado junto com este caso.</translation>
        </message>
        <message>
            <source>Remove this document?</source>
            <translation>Remover este documento?</translation>
        </message>
        <message>
            <source>“%1” will be taken out of this case and its encrypted copy deleted. Your own file is not touched: you can add it again later.</source>
            <translation>“%1” será tirado deste caso e a cópia criptografada será apagada. Seu próprio arquivo não é mexido: você pode adicioná-lo de novo depois.</translation>
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
            <translation>Remover este documento</translation>
        </message>
        <message>
            <source>Remove document %1</source>
            <translation>Remover o documento %1</translation>
        </message>
        <message>
            <source>Deletes the encrypted copy from this case. Your own file is not touched.</source>
            <translation>Apaga a cópia criptografada deste caso. Seu próprio arquivo não é alterado.</translation>
        </message>
        <message>
            <source>The Ombudsman does not return papers. Add copies of USCIS notices and of what you sent USCIS; your own files are not changed.</source>
            <translation>O Ombudsman não devolve papéis. Adicione cópias dos avisos do USCIS e do que você enviou ao USCIS; seus próprios arquivos não são alterados.</translation>
        </message>
        <message>
            <source>&amp;Add documents…</source>
            <translation>&amp;Adicionar documentos…</translation>
        </message>
        <message>
            <source>Opens a window to choose PDF files or photos of your documents.</source>
            <translation>Abre uma janela para escolher arquivos PDF ou fotos dos seus documentos.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Ler um aviso do USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a notice USCIS sent you, for the applications step, and can keep the notice here as a document received from USCIS.</source>
            <translation>Lê o número do recibo, a data de recebimento e o número do formulário de uma foto, digitalização ou PDF de um aviso que o USCIS lhe enviou, para a etapa de pedidos, e pode guardar o aviso aqui como documento recebido do USCIS.</translation>
        </message>
        <message>
            <source>Or drag files from your folders onto this page.</source>
            <translation>Ou arraste arquivos das suas pastas para esta página.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel adding the document</source>
            <translation>Cancelar a adição do documento</translation>
        </message>
        <message>
            <source>Adding the document</source>
            <translation>Adicionando o documento</translation>
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
            <translation>O formulário ainda tem problemas (listados acima). Corrija e tente de novo.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Pronto.</translation>
        </message>
        <message>
            <source>The package is ready: {path}</source>
            <translation>O pacote está pronto: {path}</translation>
        </message>
        <message>
            <source>Follow README.txt in it, step by step.</source>
            <translation>Siga o README.txt que está dentro, passo a passo.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Cancelado. Nada foi salvo.</translation>
        </message>
        <message>
            <source>Where to save the package</source>
            <translation>Onde salvar o pacote</translation>
        </message>
        <message>
            <source>No program on this computer could open the folder. Open it yourself in your file manager: %1</source>
            <translation>Nenhum programa deste computador conseguiu abrir a pasta. Abra você mesmo no gerenciador de arquivos: %1</translation>
        </message>
        <message>
            <source>No mail program is set up on this computer. Write the email in your webmail or on another computer, with the files from: %1</source>
            <translation>Não há programa de e-mail configurado neste computador. Escreva o e-mail no seu webmail ou em outro computador, com os arquivos de: %1</translation>
        </message>
        <message>
            <source>Make the package to send your request. Everything stays on this computer: you carry the package to a computer that is online, or print it.</source>
            <translation>Monte o pacote para enviar seu pedido. Tudo fica neste computador: você leva o pacote para um computador com internet, ou imprime.</translation>
        </message>
        <message>
            <source>Where it goes</source>
            <translation>Para onde vai</translation>
        </message>
        <message>
            <source>Where it goes: the Ombudsman's addresses</source>
            <translation>Para onde vai: os endereços do Ombudsman</translation>
        </message>
        <message>
            <source>Shows or hides the email address, fax number and mail address.</source>
            <translation>Mostra ou esconde o endereço de e-mail, o número de fax e o endereço postal.</translation>
        </message>
        <message>
            <source>How will you send it?</source>
            <translation>Como você vai enviar?</translation>
        </message>
        <message>
            <source>&amp;Email (recommended): a message ready to send, with the files</source>
            <translation>&amp;E-mail (recomendado): uma mensagem pronta para enviar, com os arquivos</translation>
        </message>
        <message>
            <source>&amp;Fax: one PDF to fax, with a cover sheet</source>
            <translation>&amp;Fax: um PDF para enviar por fax, com folha de rosto</translation>
        </message>
        <message>
            <source>&amp;Mail: pages to print and post (can take up to 14 days longer)</source>
            <translation>&amp;Correio: páginas para imprimir e postar (pode levar até 14 dias a mais)</translation>
        </message>
        <message>
            <source>As one &amp;zip file</source>
            <translation>Como um arquivo &amp;zip</translation>
        </message>
        <message>
            <source>One file instead of a folder</source>
            <translation>Um arquivo em vez de uma pasta</translation>
        </message>
        <message>
            <source>Also as a &amp;TIFF file for fax services</source>
            <translation>Também como arquivo &amp;TIFF para serviços de fax</translation>
        </message>
        <message>
            <source>Some fax services and fax modems want TIFF instead of PDF</source>
            <translation>Alguns serviços e modems de fax pedem TIFF em vez de PDF</translation>
        </message>
        <message>
            <source>Largest email: </source>
            <translation>Maior e-mail: </translation>
        </message>
        <message>
            <source>Largest email size in megabytes</source>
            <translation>Tamanho máximo do e-mail em megabytes</translation>
        </message>
        <message>
            <source>Folder to save the package in</source>
            <translation>Pasta onde salvar o pacote</translation>
        </message>
        <message>
            <source>Bigger documents are split over several emails of at most this size.</source>
            <translation>Documentos maiores são divididos em vários e-mails de no máximo este tamanho.</translation>
        </message>
        <message>
            <source>Type a folder, or use Choose folder to pick one.</source>
            <translation>Digite uma pasta, ou use “Escolher pasta” para escolher uma.</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>Salvar em:</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>Esc&amp;olher pasta…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>Escolha a pasta</translation>
        </message>
        <message>
            <source>The package is the only thing Ombud Desktop saves without encryption: anyone with this computer or USB stick can read it. Delete it once it is sent.</source>
            <translation>O pacote é a única coisa que o Ombud Desktop salva sem criptografia: qualquer pessoa com este computador ou pen drive pode lê-lo. Apague depois de enviar.</translation>
        </message>
        <message>
            <source>Make the &amp;package</source>
            <translation>Montar o &amp;pacote</translation>
        </message>
        <message>
            <source>Start the export</source>
            <translation>Começar a exportação</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>Stop; nothing is saved</source>
            <translation>Parar; nada é salvo</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>&amp;Abrir a pasta</translation>
        </message>
        <message>
            <source>Show the package</source>
            <translation>Mostrar o pacote</translation>
        </message>
        <message>
            <source>Open my &amp;mail program</source>
            <translation>Abrir meu programa de &amp;e-mail</translation>
        </message>
        <message>
            <source>Starts a new message; attach the files from the folder</source>
            <translation>Começa uma nova mensagem; anexe os arquivos da pasta</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Imp&amp;rimir…</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>Imprimir o pacote para o correio</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>The Ombudsman reads English. If you can, write this answer in English or ask someone to help you. An answer in your own language is still better than no answer.</source>
            <translation>O Ombudsman lê em inglês. Se puder, escreva esta resposta em inglês ou peça ajuda a alguém. Uma resposta no seu idioma ainda é melhor do que nenhuma resposta.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obrigatório)</translation>
        </message>
        <message>
            <source>%1 (worth answering)</source>
            <translation>%1 (vale a pena responder)</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>por exemplo %1</translation>
        </message>
    </context>
    <context>
        <name>FilingBox</name>
        <message>
            <source>Remove %1 %2</source>
            <translation>Remover %1 %2</translation>
        </message>
        <message>
            <source>Takes this row out of the list. The other rows keep their answers.</source>
            <translation>Tira esta linha da lista. As outras linhas mantêm suas respostas.</translation>
        </message>
    </context>
    <context>
        <name>FilingsPage</name>
        <message>
            <source>%1 %2 was removed (%3).</source>
            <translation>Removido: %1 %2 (%3).</translation>
        </message>
        <message>
            <source>no receipt number</source>
            <translation>sem número de recibo</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>Puts the removed application back, with its answers.</source>
            <translation>Coloca de volta o pedido removido, com as respostas.</translation>
        </message>
        <message>
            <source>&amp;Add another application or petition</source>
            <translation>&amp;Adicionar outro pedido ou petição</translation>
        </message>
        <message>
            <source>Adds an empty row for one more form you filed with USCIS.</source>
            <translation>Adiciona uma linha vazia para mais um formulário que você apresentou ao USCIS.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Ler um aviso do USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a USCIS notice, on this computer. You check them before they are used.</source>
            <translation>Lê o número do recibo, a data de recebimento e o número do formulário de uma foto, digitalização ou PDF de um aviso do USCIS, neste computador. Você os confere antes de usá-los.</translation>
        </message>
        <message>
            <source>Tip: you can paste several receipt numbers into one box at once; each gets its own row. Spaces and dashes are removed for you.</source>
            <translation>Dica: você pode colar vários números de recibo num campo de uma vez; cada um ganha sua própria linha. Espaços e traços são removidos para você.</translation>
        </message>
    </context>
    <context>
        <name>FinishPanel</name>
        <message>
            <source>What happens next</source>
            <translation>O que acontece agora</translation>
        </message>
        <message>
            <source>1. Send it: open your mail program (or webmail), attach the files from the package folder and send the message to the address in README.txt.</source>
            <translation>1. Envie: abra seu programa de e-mail (ou webmail), anexe os arquivos da pasta do pacote e mande a mensagem para o endereço do README.txt.</translation>
        </message>
        <message>
            <source>1. Send it: fax the PDF in the package folder to the number in README.txt, and keep the fax confirmation page.</source>
            <translation>1. Envie: mande por fax o PDF da pasta do pacote para o número do README.txt e guarde a página de confirmação do fax.</translation>
        </message>
        <message>
            <source>1. Send it: print the mail packet, sign where it says so, and post it to the address in README.txt. Mail to the government can take up to 14 days longer.</source>
            <translation>1. Envie: imprima o pacote para correio, assine onde indicado e poste para o endereço do README.txt. O correio para o governo pode levar até 14 dias a mais.</translation>
        </message>
        <message>
            <source>2. Record it: once it is sent, fill in “After sending” below and press “Mark as sent”. The case list then shows it as sent, with the date.</source>
            <translation>2. Registre: depois de enviar, preencha “Depois de enviar” abaixo e pressione “Marcar como enviado”. A lista de casos passa a mostrar como enviado, com a data.</translation>
        </message>
        <message>
            <source>3. Wait for an answer: no time is promised. Save the reminders below: they remind you after 30 and after 90 days. Keep answering any letter from USCIS meanwhile.</source>
            <translation>3. Aguarde a resposta: nenhum prazo é prometido. Salve os lembretes abaixo: eles avisam depois de 30 e de 90 dias. Enquanto isso, continue respondendo a qualquer carta do USCIS.</translation>
        </message>
        <message>
            <source>4. If nothing comes: after 30 days, write or call the Ombudsman's office (addresses under “Where it goes”) with the receipt number and the date you sent it. Do not send the same request twice.</source>
            <translation>4. Se nada chegar: depois de 30 dias, escreva ou ligue para o escritório do Ombudsman (endereços em “Para onde vai”) com o número de recibo e a data de envio. Não envie o mesmo pedido duas vezes.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>The computer's password store did not keep the key: its window was closed or it said no. Nothing was set up. Choose a passphrase below instead, or choose the password store again to retry.</source>
            <translation>O cofre de senhas do computador não guardou a chave: a janela dele foi fechada ou ele recusou. Nada foi configurado. Escolha uma frase-senha abaixo, ou escolha o cofre de senhas de novo para tentar outra vez.</translation>
        </message>
        <message>
            <source>Welcome to Ombud Desktop</source>
            <translation>Bem-vindo ao Ombud Desktop</translation>
        </message>
        <message>
            <source>Your cases will be kept encrypted on this computer. Choose how to lock them.</source>
            <translation>Seus casos vão ficar criptografados neste computador. Escolha como trancá-los.</translation>
        </message>
        <message>
            <source>With a passphrase I type each time (best on a shared computer)</source>
            <translation>Com uma frase-senha que eu digito toda vez (melhor num computador compartilhado)</translation>
        </message>
        <message>
            <source>Nobody can open the cases without the passphrase.</source>
            <translation>Ninguém pode abrir os casos sem a frase-senha.</translation>
        </message>
        <message>
            <source>With this computer's password store (keyring)</source>
            <translation>Com o cofre de senhas deste computador (chaveiro)</translation>
        </message>
        <message>
            <source>Anyone who can log in to this computer account can open the cases.</source>
            <translation>Qualquer pessoa que entre nesta conta do computador pode abrir os casos.</translation>
        </message>
        <message>
            <source>If you choose it, the computer may ask for its own password (often the one you log in with) to open its password store.</source>
            <translation>Se escolher esta opção, o computador pode pedir a senha dele (muitas vezes a que você usa para entrar) para abrir o cofre de senhas.</translation>
        </message>
        <message>
            <source>No secure password store was found on this computer.</source>
            <translation>Nenhum cofre de senhas seguro foi encontrado neste computador.</translation>
        </message>
        <message>
            <source>Looking for this computer's password store…</source>
            <translation>Procurando o cofre de senhas deste computador…</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the passphrase is lost)</source>
            <translation>Criar uma chave de recuperação para imprimir (se a frase-senha for perdida)</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the password store is lost)</source>
            <translation>Criar uma chave de recuperação para imprimir (se o cofre de senhas se perder)</translation>
        </message>
        <message>
            <source>A long code shown once. Print it or write it down and keep it safe.</source>
            <translation>Um código longo mostrado uma só vez. Imprima ou anote e guarde bem.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Criar</translation>
        </message>
        <message>
            <source>Sets up the encrypted storage.</source>
            <translation>Prepara o armazenamento criptografado.</translation>
        </message>
    </context>
    <context>
        <name>HandoffPassphraseDialog</name>
        <message>
            <source>Protect the hand-off file</source>
            <translation>Proteger o arquivo de transferência</translation>
        </message>
        <message>
            <source>Open the hand-off file</source>
            <translation>Abrir o arquivo de transferência</translation>
        </message>
        <message>
            <source>Choose a passphrase for this file, and tell it to the receiver in person or by phone, never with the file. This one was made for you:</source>
            <translation>Escolha uma frase-senha para este arquivo e diga-a a quem vai recebê-lo pessoalmente ou por telefone, nunca junto com o arquivo. Esta foi criada para você:</translation>
        </message>
        <message>
            <source>The passphrase of this file:</source>
            <translation>A frase-senha deste arquivo:</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Frase-senha sugerida</translation>
        </message>
        <message>
            <source>Use this passphrase</source>
            <translation>Usar esta frase-senha</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase-senha</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>Digite a frase-senha novamente</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>Digite a frase-senha.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>As duas frases-senha são diferentes. Digite a mesma duas vezes.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Draft</source>
            <translation>Rascunho</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(ainda sem nome)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 por %2</translation>
        </message>
        <message>
            <source>due for deletion</source>
            <translation>para apagar</translation>
        </message>
        <message>
            <source>Not edited for a long time: delete it when you no longer need it.</source>
            <translation>Não é editado há muito tempo: apague quando não precisar mais.</translation>
        </message>
        <message>
            <source>No cases yet: start with “New case”.</source>
            <translation>Ainda não há casos: comece com “Novo caso”.</translation>
        </message>
        <message>
            <source>Choose a case and press Enter to open it, or start a new one.</source>
            <translation>Escolha um caso e aperte Enter para abrir, ou comece um novo.</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>Apagar este caso?</translation>
        </message>
        <message>
            <source>“%1” and all its documents will be destroyed for good. This cannot be undone.</source>
            <translation>“%1” e todos os seus documentos serão destruídos para sempre. Não dá para desfazer.</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>O caso foi apagado.</translation>
        </message>
        <message>
            <source>Save the hand-off file</source>
            <translation>Salvar o arquivo de repasse</translation>
        </message>
        <message>
            <source>Hand-off files (*.ombud-handoff)</source>
            <translation>Arquivos de repasse (*.ombud-handoff)</translation>
        </message>
        <message>
            <source>Saved. The file is encrypted with the passphrase you chose.</source>
            <translation>Salvo. O arquivo está criptografado com a frase-senha que você escolheu.</translation>
        </message>
        <message>
            <source>Open a hand-off file</source>
            <translation>Abrir um arquivo de repasse</translation>
        </message>
        <message>
            <source>Saving the hand-off file</source>
            <translation>Salvando o arquivo de transferência</translation>
        </message>
        <message>
            <source>Package made</source>
            <translation>Pacote montado</translation>
        </message>
        <message>
            <source>Case %1 cannot be opened: select it to see why.</source>
            <translation>Não é possível abrir o caso %1: selecione-o para ver o motivo.</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Danificado</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%1 de %2 etapas</translation>
        </message>
        <message>
            <source>Use the older copy of this case?</source>
            <translation>Usar a cópia mais antiga deste caso?</translation>
        </message>
        <message>
            <source>The copy of case %1 in the data folder is older than the last version Ombud Desktop saved, and no newer copy is left. Use it only if you put it back yourself from a backup: what was changed after that copy was made (answers, documents, the date it was sent) is not in it.</source>
            <translation>A cópia do caso %1 na pasta de dados é mais antiga que a última versão salva pelo Ombud Desktop, e não resta nenhuma cópia mais recente. Use-a somente se foi você quem a recolocou a partir de um backup: o que foi alterado depois que essa cópia foi feita (respostas, documentos, a data de envio) não está nela.</translation>
        </message>
        <message>
            <source>Use this older copy</source>
            <translation>Usar esta cópia mais antiga</translation>
        </message>
        <message>
            <source>Encrypting the case and its documents…</source>
            <translation>Criptografando o caso e seus documentos…</translation>
        </message>
        <message>
            <source>Receiving a hand-off file</source>
            <translation>Recebendo um arquivo de transferência</translation>
        </message>
        <message>
            <source>Checking and adding the case…</source>
            <translation>Verificando e adicionando o caso…</translation>
        </message>
        <message>
            <source>The case was added to your list.</source>
            <translation>O caso foi adicionado à sua lista.</translation>
        </message>
        <message>
            <source>Your cases</source>
            <translation>Seus casos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Formulários</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Next thing to do</source>
            <translation>Próxima coisa a fazer</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>Última edição</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casos</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a case and Enter to open it.</source>
            <translation>Use as setas para escolher um caso e Enter para abrir.</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>&amp;Novo caso</translation>
        </message>
        <message>
            <source>Starts an empty case.</source>
            <translation>Começa um caso vazio.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Opens the chosen case where you left off.</source>
            <translation>Abre o caso escolhido onde você parou.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>Apa&amp;gar…</translation>
        </message>
        <message>
            <source>Destroys the chosen case and its documents, after asking.</source>
            <translation>Destrói o caso escolhido e seus documentos, depois de perguntar.</translation>
        </message>
        <message>
            <source>&amp;Hand off…</source>
            <translation>&amp;Repassar…</translation>
        </message>
        <message>
            <source>Saves the chosen case to an encrypted file for another volunteer.</source>
            <translation>Salva o caso escolhido num arquivo criptografado para outro voluntário.</translation>
        </message>
        <message>
            <source>&amp;Receive a hand-off…</source>
            <translation>Rece&amp;ber um repasse…</translation>
        </message>
        <message>
            <source>Adds a case from a hand-off file.</source>
            <translation>Adiciona um caso a partir de um arquivo de repasse.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configurações…</translation>
        </message>
        <message>
            <source>Language, automatic lock and more.</source>
            <translation>Idioma, bloqueio automático e mais.</translation>
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
            <translation>Escolha o idioma do aplicativo. Cada idioma aparece escrito nele mesmo.</translation>
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
            <translation>Suas últimas alterações não foram salvas</translation>
        </message>
        <message>
            <source>Ombud Desktop could not save your last changes (see the message at the bottom of the window). If you close now, they are lost. Close anyway?</source>
            <translation>O Ombud Desktop não conseguiu salvar suas últimas alterações (veja a mensagem na parte de baixo da janela). Se fechar agora, elas se perdem. Fechar mesmo assim?</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Saída rápida</translation>
        </message>
        <message>
            <source>Hides everything at once. Shortcut: %1</source>
            <translation>Esconde tudo na hora. Atalho: %1</translation>
        </message>
        <message>
            <source>Locks the app at once and hides every case. Shortcut: Ctrl+Shift+Q.</source>
            <translation>Tranca o aplicativo na hora e esconde todos os casos. Atalho: Ctrl+Shift+Q.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseBox</name>
        <message>
            <source>Suggested passphrase: %1 — write it down before going on.</source>
            <translation>Frase-senha sugerida: %1 — anote antes de continuar.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type them again.</source>
            <translation>As duas frases-senha são diferentes. Digite de novo.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase-senha</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: %1</source>
            <translation>Esta frase-senha é fácil demais de adivinhar: %1</translation>
        </message>
        <message>
            <source>Use five or more words that do not belong together, or press “Suggest a passphrase”.</source>
            <translation>Use cinco palavras ou mais que não tenham relação entre si, ou pressione “Sugerir uma frase-senha”.</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Forte o suficiente.</translation>
        </message>
        <message>
            <source>&amp;Passphrase (five or more words)</source>
            <translation>&amp;Frase-senha (cinco palavras ou mais)</translation>
        </message>
        <message>
            <source>Five or more words that do not belong together. Write it down.</source>
            <translation>Cinco palavras ou mais que não tenham relação entre si. Anote.</translation>
        </message>
        <message>
            <source>&amp;Repeat the passphrase</source>
            <translation>&amp;Repita a frase-senha</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Repita a frase-senha</translation>
        </message>
        <message>
            <source>The same passphrase again, to catch typos.</source>
            <translation>A mesma frase-senha de novo, para pegar erros de digitação.</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>Sugerir uma frase-senha</translation>
        </message>
        <message>
            <source>Makes up a strong passphrase and shows it, to write down.</source>
            <translation>Cria uma frase-senha forte e mostra, para você anotar.</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Frase-senha sugerida</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Something unexpected went wrong while reading the notice ({kind}). Nothing was changed; type the values from the notice instead.</source>
            <translation>Algo inesperado deu errado ao ler o aviso ({kind}). Nada foi alterado; digite os dados do aviso você mesmo.</translation>
        </message>
        <message>
            <source>Check on the notice: %1</source>
            <translation>Confira no aviso: %1</translation>
        </message>
        <message>
            <source>The reader is not sure of this value: compare it with the notice.</source>
            <translation>O leitor não tem certeza deste dado: compare-o com o aviso.</translation>
        </message>
        <message>
            <source>Receipt notice</source>
            <translation>Aviso de recebimento</translation>
        </message>
        <message>
            <source>Transfer notice</source>
            <translation>Aviso de transferência</translation>
        </message>
        <message>
            <source>Biometrics appointment</source>
            <translation>Agendamento de biometria</translation>
        </message>
        <message>
            <source>Request for evidence</source>
            <translation>Pedido de evidências</translation>
        </message>
        <message>
            <source>Approval notice</source>
            <translation>Aviso de aprovação</translation>
        </message>
        <message>
            <source>Read a USCIS notice</source>
            <translation>Ler um aviso do USCIS</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Número do recibo</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>Data de recebimento</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>Data do aviso</translation>
        </message>
        <message>
            <source>Form number (case type)</source>
            <translation>Número do formulário (tipo de caso)</translation>
        </message>
        <message>
            <source>Notice type</source>
            <translation>Tipo de aviso</translation>
        </message>
        <message>
            <source>Priority date</source>
            <translation>Data de prioridade</translation>
        </message>
        <message>
            <source>A-Number</source>
            <translation>Número A</translation>
        </message>
        <message>
            <source>Reading %1 on this computer…</source>
            <translation>Lendo %1 neste computador…</translation>
        </message>
        <message>
            <source>No values were found in this picture. Try a sharper photo of the whole page in good light, or type the values from the notice.</source>
            <translation>Nenhum dado foi encontrado nesta imagem. Tente uma foto mais nítida da página inteira com boa luz, ou digite os dados do aviso.</translation>
        </message>
        <message>
            <source>Check each value against the notice and correct it if needed. Nothing is filled in until you choose “Use these”.</source>
            <translation>Compare cada dado com o aviso e corrija-o se necessário. Nada é preenchido até você escolher “Usar estes”.</translation>
        </message>
        <message>
            <source>Characters in red may be misread. The highlighted areas show where each value was read.</source>
            <translation>Os caracteres em vermelho podem ter sido lidos errado. As áreas destacadas mostram onde cada dado foi lido.</translation>
        </message>
        <message>
            <source>“Use these” fills in the form number, receipt number and received date of an application. The other values are shown for you to compare.</source>
            <translation>“Usar estes” preenche o número do formulário, o número do recibo e a data de recebimento de um pedido. Os outros dados são mostrados para você comparar.</translation>
        </message>
        <message>
            <source>Keep the notice with this case as a document (encrypted)</source>
            <translation>Guardar o aviso com este caso como documento (criptografado)</translation>
        </message>
        <message>
            <source>Use these</source>
            <translation>Usar estes</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose a photo, scan or PDF of the notice</source>
            <translation>Escolha uma foto, digitalização ou PDF do aviso</translation>
        </message>
        <message>
            <source>Pictures and PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>Imagens e PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;Todos os arquivos (*)</translation>
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
            <translation>Logotipo da organização</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Onde obter ajuda</translation>
        </message>
        <message>
            <source>Some organization settings could not be used: the app works with its standard settings for them.</source>
            <translation>Algumas configurações da organização não puderam ser usadas: o aplicativo funciona com as configurações padrão para elas.</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detalhes…</translation>
        </message>
        <message>
            <source>Hide this note</source>
            <translation>Ocultar este aviso</translation>
        </message>
        <message>
            <source>Shows what is wrong in the organization settings and how to fix it.</source>
            <translation>Mostra o que está errado nas configurações da organização e como corrigir.</translation>
        </message>
        <message>
            <source>Hides this note until the app is started again.</source>
            <translation>Oculta este aviso até o aplicativo ser aberto novamente.</translation>
        </message>
        <message>
            <source>Some organization settings could not be used, so the app uses its standard settings for them:</source>
            <translation>Algumas configurações da organização não puderam ser usadas, então o aplicativo usa as configurações padrão para elas:</translation>
        </message>
        <message>
            <source>You can keep working. Tell whoever set up this app: they can fix the file %1 and check it with “ombud-desktop org-config”.</source>
            <translation>Você pode continuar trabalhando. Avise quem instalou este aplicativo: essa pessoa pode corrigir o arquivo %1 e conferi-lo com “ombud-desktop org-config”.</translation>
        </message>
        <message>
            <source>Organization settings</source>
            <translation>Configurações da organização</translation>
        </message>
    </context>
    <context>
        <name>PdfPasswordBox</name>
        <message>
            <source>That password does not open “%1”. Try again, or skip this file.</source>
            <translation>Essa senha não abre “%1”. Tente de novo ou pule este arquivo.</translation>
        </message>
        <message>
            <source>“%1” is protected by a password. Type its password to add it: the app keeps a copy without the password, encrypted with this case.</source>
            <translation>“%1” está protegido por senha. Digite a senha para adicioná-lo: o aplicativo guarda uma cópia sem a senha, criptografada com este caso.</translation>
        </message>
        <message>
            <source>Password of the PDF</source>
            <translation>Senha do PDF</translation>
        </message>
        <message>
            <source>What you type is not shown. It opens the PDF once and is not kept.</source>
            <translation>O que você digita não aparece. Abre o PDF uma vez e não é guardado.</translation>
        </message>
        <message>
            <source>Add &amp;with this password</source>
            <translation>Adicionar &amp;com esta senha</translation>
        </message>
        <message>
            <source>Opens the PDF with this password and adds it.</source>
            <translation>Abre o PDF com esta senha e o adiciona.</translation>
        </message>
        <message>
            <source>S&amp;kip this file</source>
            <translation>&amp;Pular este arquivo</translation>
        </message>
        <message>
            <source>Does not add it.</source>
            <translation>Não o adiciona.</translation>
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
            <translation>Mostra a página anterior.</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>&amp;Próxima página</translation>
        </message>
        <message>
            <source>Shows the page after.</source>
            <translation>Mostra a página seguinte.</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Diminuir zoom</translation>
        </message>
        <message>
            <source>Makes the pages smaller.</source>
            <translation>Deixa as páginas menores.</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Aumentar &amp;zoom</translation>
        </message>
        <message>
            <source>Makes the pages larger.</source>
            <translation>Deixa as páginas maiores.</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>Ajustar à &amp;largura</translation>
        </message>
        <message>
            <source>Makes a page as wide as the view.</source>
            <translation>Faz a página ocupar toda a largura da visualização.</translation>
        </message>
        <message>
            <source>Preview of the PDF that will be sent</source>
            <translation>Prévia do PDF que será enviado</translation>
        </message>
        <message>
            <source>The pages of the PDF. Page Up and Page Down turn the pages, the arrow keys scroll, Ctrl and + or − zoom.</source>
            <translation>As páginas do PDF. Page Up e Page Down viram as páginas, as setas rolam, Ctrl e + ou − mudam o zoom.</translation>
        </message>
        <message>
            <source>The preview could not be shown: the PDF did not load.</source>
            <translation>Não foi possível mostrar a prévia: o PDF não carregou.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>Ainda sem prévia</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewPanel</name>
        <message>
            <source>Making the preview…</source>
            <translation>Fazendo a prévia…</translation>
        </message>
        <message>
            <source>This is the PDF as it will be sent (marked PREVIEW until signed).</source>
            <translation>Este é o PDF como será enviado (marcado PREVIEW até ser assinado).</translation>
        </message>
        <message>
            <source>The preview could not be made: %1</source>
            <translation>Não foi possível fazer a prévia: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the PDF</source>
            <translation>Conferir o PDF</translation>
        </message>
        <message>
            <source>This is your request exactly as the Ombudsman will receive it: the form, then the list of your documents and their pages. It is marked PREVIEW; the copy made on the next step has no such marks and is signed as you chose.</source>
            <translation>Este é o seu pedido exatamente como o Ombudsman o receberá: o formulário e depois a lista dos seus documentos e das suas páginas. Está marcado como PREVIEW (prévia); a cópia feita no próximo passo não tem essas marcas e é assinada como você escolheu.</translation>
        </message>
    </context>
    <context>
        <name>ProcessingTimeView</name>
        <message>
            <source>When you enter the USCIS receipt date of your application (step “Applications and petitions”), a picture here shows how long it has waited.</source>
            <translation>Quando você informar a data de recebimento do USCIS do seu pedido (etapa “Pedidos e petições”), um desenho aqui mostra há quanto tempo ele espera.</translation>
        </message>
        <message>
            <source>Received by USCIS</source>
            <translation>Recebido pelo USCIS</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Your case has been pending %1 months.</source>
            <translation>Seu caso está pendente há %1 meses.</translation>
        </message>
        <message>
            <source>Posted processing time ends</source>
            <translation>Fim do tempo de processamento publicado</translation>
        </message>
        <message>
            <source>That is %1 months past the posted time.</source>
            <translation>São %1 meses além do tempo publicado.</translation>
        </message>
        <message>
            <source>It is still within the posted processing time.</source>
            <translation>Ainda está dentro do tempo de processamento publicado.</translation>
        </message>
        <message>
            <source>Timeline of your case</source>
            <translation>Linha do tempo do seu caso</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Ready to send.</source>
            <translation>Pronto para enviar.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) worth a look below; they do not stop you.</source>
            <translation>
                <numerusform>%n item para olhar abaixo; ele não impede você de seguir.</numerusform>
                <numerusform>%n itens para olhar abaixo; eles não impedem você de seguir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not ready yet: %n answer(s) must be fixed first.</source>
            <translation>
                <numerusform>Ainda não está pronto: %n resposta precisa ser corrigida antes.</numerusform>
                <numerusform>Ainda não está pronto: %n respostas precisam ser corrigidas antes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more worth a look.</source>
            <translation>
                <numerusform>Mais %n para olhar.</numerusform>
                <numerusform>Mais %n para olhar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must fix</source>
            <translation>Precisa corrigir</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Readiness report</source>
            <translation>Relatório de prontidão</translation>
        </message>
        <message>
            <source>Each line is something to fix or check. Press Enter to go to that answer.</source>
            <translation>Cada linha é algo para corrigir ou verificar. Aperte Enter para ir até essa resposta.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsPage</name>
        <message>
            <source>What you said on the step “Can the Ombudsman help?” is already ticked below. Add any other reason, or untick one that does not fit.</source>
            <translation>O que você disse na etapa “O Ombudsman pode ajudar?” já está marcado abaixo. Acrescente outro motivo, ou desmarque o que não se aplica.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>Nova chave de recuperação</translation>
        </message>
        <message>
            <source>Closes this window.</source>
            <translation>Fecha esta janela.</translation>
        </message>
        <message>
            <source>Close without noting the key?</source>
            <translation>Fechar sem anotar a chave?</translation>
        </message>
        <message>
            <source>The recovery key is not shown again. Close anyway? (You can make another one in Settings.)</source>
            <translation>A chave de recuperação não é mostrada de novo. Fechar mesmo assim? (Você pode criar outra em Configurações.)</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation>Criar uma nova chave de recuperação</translation>
        </message>
        <message>
            <source>Your old recovery key will stop working: throw that paper away once the new key is printed or written down. Go on?</source>
            <translation>Sua chave de recuperação antiga vai parar de funcionar: jogue aquele papel fora quando a nova estiver impressa ou anotada. Continuar?</translation>
        </message>
        <message>
            <source>Your current passphrase:</source>
            <translation>Sua frase-senha atual:</translation>
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
            <translation>Aparece uma só vez. Imprima ou anote.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key down by hand, carefully, group by group.</source>
            <translation>Não há impressora configurada neste computador. Anote a chave à mão, com cuidado, grupo por grupo.</translation>
        </message>
        <message>
            <source>Nothing was saved. Choose a printer, or write it down.</source>
            <translation>Nada foi salvo. Escolha uma impressora, ou anote à mão.</translation>
        </message>
        <message>
            <source>Ombud Desktop recovery key</source>
            <translation>Chave de recuperação do Ombud Desktop</translation>
        </message>
        <message>
            <source>Keep this paper in a safe place. It opens all your cases.</source>
            <translation>Guarde este papel em lugar seguro. Ele abre todos os seus casos.</translation>
        </message>
        <message>
            <source>Save the recovery key in a file?</source>
            <translation>Salvar a chave de recuperação em um arquivo?</translation>
        </message>
        <message>
            <source>You chose to print into a file. That file is not encrypted: anyone who finds it can open all your cases. Print on paper instead, or delete the file as soon as it is printed. Save it anyway?</source>
            <translation>Você escolheu imprimir em um arquivo. Esse arquivo não é criptografado: qualquer pessoa que o encontre pode abrir todos os seus casos. Imprima em papel, ou apague o arquivo assim que imprimir. Salvar mesmo assim?</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Sua chave de recuperação</translation>
        </message>
        <message>
            <source>This key opens your cases if the passphrase is forgotten. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
            <translation>Esta chave abre seus casos se você esquecer a frase-senha. Ela só aparece agora. Imprima ou anote, e guarde longe deste computador.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Chave de recuperação</translation>
        </message>
        <message>
            <source>&amp;Print the recovery key…</source>
            <translation>&amp;Imprimir a chave de recuperação…</translation>
        </message>
        <message>
            <source>Prints the key on paper.</source>
            <translation>Imprime a chave em papel.</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>Já imprimi ou anotei a chave de recuperação</translation>
        </message>
        <message>
            <source>Needed to go on; the key is not shown again.</source>
            <translation>Necessário para continuar; a chave não aparece de novo.</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>C&amp;ontinuar</translation>
        </message>
        <message>
            <source>Goes to your list of cases.</source>
            <translation>Vai para a sua lista de casos.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review your answers</source>
            <translation>Revise suas respostas</translation>
        </message>
        <message>
            <source>Hi&amp;de the PDF</source>
            <translation>&amp;Ocultar o PDF</translation>
        </message>
        <message>
            <source>Hides the PDF again; your answers stay as they are.</source>
            <translation>Oculta o PDF de novo; as suas respostas continuam iguais.</translation>
        </message>
        <message>
            <source>&amp;Show the PDF as it will be sent</source>
            <translation>&amp;Mostrar o PDF como será enviado</translation>
        </message>
        <message>
            <source>Shows the form and your documents as one PDF, below this button.</source>
            <translation>Mostra o formulário e os seus documentos num só PDF, abaixo deste botão.</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Ainda sem respostas</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>Alterar “%1”</translation>
        </message>
        <message>
            <source>Goes to this step to change these answers.</source>
            <translation>Vai para esta etapa para alterar estas respostas.</translation>
        </message>
        <message>
            <source>Read your answers once more. Use “Change” to fix anything; you come back here with Next. Lines marked “Must fix” keep the form from being sent.</source>
            <translation>Leia suas respostas mais uma vez. Use “Alterar” para corrigir algo; você volta aqui com Avançar. As linhas marcadas “Precisa corrigir” impedem o envio do formulário.</translation>
        </message>
        <message>
            <source>Is it ready to send?</source>
            <translation>Está pronto para enviar?</translation>
        </message>
        <message>
            <source>Your answers, as on the form</source>
            <translation>Suas respostas, como no formulário</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>The Ombudsman may not be able to help</source>
            <translation>O Ombudsman talvez não possa ajudar</translation>
        </message>
    </context>
    <context>
        <name>SentPanel</name>
        <message>
            <source>The reference holds invisible control characters ({chars}). Type it again without them.</source>
            <translation>A referência tem caracteres de controle invisíveis ({chars}). Digite-a de novo sem eles.</translation>
        </message>
        <message>
            <source>Could not record it just now; try again.</source>
            <translation>Não foi possível registrar agora; tente de novo.</translation>
        </message>
        <message>
            <source>Marked as sent on {date} by {channel}.</source>
            <translation>Marcado como enviado em {date} por {channel}.</translation>
        </message>
        <message>
            <source>Save follow-up reminders</source>
            <translation>Salvar lembretes de acompanhamento</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Arquivos de calendário (*.ics)</translation>
        </message>
        <message>
            <source>The reminders could not be saved ({reason}). Choose another folder.</source>
            <translation>Não foi possível salvar os lembretes ({reason}). Escolha outra pasta.</translation>
        </message>
        <message>
            <source>Reminders saved: open {path} to add them to your calendar.</source>
            <translation>Lembretes salvos: abra {path} para adicioná-los ao seu calendário.</translation>
        </message>
        <message>
            <source>Delete the package?</source>
            <translation>Apagar o pacote?</translation>
        </message>
        <message>
            <source>The package is not encrypted. Now that it is sent, delete it from this computer? (Your case stays saved in Ombud Desktop.)</source>
            <translation>O pacote não está criptografado. Agora que foi enviado, apagar deste computador? (Seu caso continua salvo no Ombud Desktop.)</translation>
        </message>
        <message>
            <source>The package was deleted.</source>
            <translation>O pacote foi apagado.</translation>
        </message>
        <message>
            <source>After sending</source>
            <translation>Depois de enviar</translation>
        </message>
        <message>
            <source>Date sent:</source>
            <translation>Data de envio:</translation>
        </message>
        <message>
            <source>Sent by:</source>
            <translation>Enviado por:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Referência:</translation>
        </message>
        <message>
            <source>fax confirmation number, tracking number, or the email's date</source>
            <translation>número de confirmação do fax, código de rastreamento ou a data do e-mail</translation>
        </message>
        <message>
            <source>The day you emailed, faxed or mailed it.</source>
            <translation>O dia em que você mandou por e-mail, fax ou correio.</translation>
        </message>
        <message>
            <source>How you sent it: email, fax or mail.</source>
            <translation>Como você enviou: e-mail, fax ou correio.</translation>
        </message>
        <message>
            <source>Mark as &amp;sent</source>
            <translation>Marcar como &amp;enviado</translation>
        </message>
        <message>
            <source>Record that it was sent</source>
            <translation>Registrar que foi enviado</translation>
        </message>
        <message>
            <source>Save &amp;reminders…</source>
            <translation>Salvar &amp;lembretes…</translation>
        </message>
        <message>
            <source>A calendar file reminding you to follow up after 30 and 90 days</source>
            <translation>Um arquivo de calendário que lembra você de acompanhar depois de 30 e 90 dias</translation>
        </message>
        <message>
            <source>&amp;Delete the package</source>
            <translation>Apa&amp;gar o pacote</translation>
        </message>
        <message>
            <source>Remove the unencrypted export from this computer</source>
            <translation>Remover deste computador a exportação sem criptografia</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
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
            <translation> dias</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Bloquear depois destes minutos sem uso</translation>
        </message>
        <message>
            <source>Hides everything when nobody touched the keyboard or mouse. 0 = never.</source>
            <translation>Esconde tudo quando ninguém mexe no teclado ou no mouse. 0 = nunca.</translation>
        </message>
        <message>
            <source>Mark cases for deletion after</source>
            <translation>Marcar casos para apagar depois de</translation>
        </message>
        <message>
            <source>Cases not edited for this long are marked on the case list.</source>
            <translation>Casos não editados por esse tempo ficam marcados na lista de casos.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamanho do texto</translation>
        </message>
        <message>
            <source>Makes all text bigger, up to twice the normal size.</source>
            <translation>Aumenta todo o texto, até o dobro do tamanho normal.</translation>
        </message>
        <message>
            <source>Black text on white with strong lines.</source>
            <translation>Texto preto no branco com linhas fortes.</translation>
        </message>
        <message>
            <source>Change the passphrase…</source>
            <translation>Trocar a frase-senha…</translation>
        </message>
        <message>
            <source>Add a passphrase…</source>
            <translation>Adicionar uma frase-senha…</translation>
        </message>
        <message>
            <source>A new passphrase to unlock your cases; the old one stops working.</source>
            <translation>Uma nova frase-senha para desbloquear seus casos; a antiga para de funcionar.</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>Criar uma nova chave de recuperação…</translation>
        </message>
        <message>
            <source>Shows a new key to print; an earlier key stops working.</source>
            <translation>Mostra uma nova chave para imprimir; a anterior para de funcionar.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>A frase-senha foi trocada.</translation>
        </message>
        <message>
            <source>The new recovery key is in force.</source>
            <translation>A nova chave de recuperação já vale.</translation>
        </message>
        <message>
            <source>Ombud Desktop %1</source>
            <translation>Ombud Desktop, versão %1</translation>
        </message>
        <message>
            <source>Set up by %1.</source>
            <translation>Configurado para você por %1.</translation>
        </message>
        <message>
            <source>Mark cases for deletion?</source>
            <translation>Marcar casos para exclusão?</translation>
        </message>
        <message numerus="yes">
            <source>With a period of %1 days, %n more case(s) will be marked as due for deletion. Change the period?</source>
            <translation>
                <numerusform>Com um período de %1 dias, mais %n caso será marcado para exclusão. Alterar o período?</numerusform>
                <numerusform>Com um período de %1 dias, mais %n casos serão marcados para exclusão. Alterar o período?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature drawing area</source>
            <translation>Área para desenhar a assinatura</translation>
        </message>
        <message>
            <source>Sign here with a mouse, pen or finger. Press Delete to clear. Without a mouse, choose the typed signature or print and sign instead.</source>
            <translation>Assine aqui com o mouse, uma caneta ou o dedo. Aperte Delete para limpar. Sem mouse, escolha a assinatura digitada ou imprimir e assinar.</translation>
        </message>
    </context>
    <context>
        <name>SignedPagePanel</name>
        <message>
            <source>Save the page to sign</source>
            <translation>Salvar a página para assinar</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The page could not be saved ({reason}). Choose another folder.</source>
            <translation>Não foi possível salvar a página ({reason}). Escolha outra pasta.</translation>
        </message>
        <message>
            <source>Saved in {path} (not encrypted: delete it once the signed page is added). Sign and date it in ink.</source>
            <translation>Salva em {path} (sem criptografia: apague-a depois de adicionar a página assinada). Assine e date com tinta.</translation>
        </message>
        <message>
            <source>Choose the scan or photo of the signed page</source>
            <translation>Escolha a digitalização ou a foto da página assinada</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
            <translation>Digitalizações e fotos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Adding the signed page (encrypted)…</source>
            <translation>Adicionando a página assinada (criptografada)…</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Não foi possível adicionar esse arquivo. Nada foi alterado; tente outro.</translation>
        </message>
        <message>
            <source>The signed page is added. It is kept encrypted.</source>
            <translation>A página assinada foi adicionada. Ela fica guardada com criptografia.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax: print the page to sign, sign and date it in ink, then add a scan or a phone photo of the signed page. By mail, sign the printed form itself.</source>
            <translation>Este formulário é assinado à mão com tinta. Para enviá-lo por e-mail ou fax: imprima a página para assinar, assine e date com tinta e depois adicione uma digitalização ou foto do celular da página assinada. Pelo correio, assine o próprio formulário impresso.</translation>
        </message>
        <message>
            <source>The signed page is added: it takes the place of the unsigned page in everything you send.</source>
            <translation>A página assinada foi adicionada: ela substitui a página não assinada em tudo o que você enviar.</translation>
        </message>
        <message>
            <source>Print the page to sign</source>
            <translation>Imprimir a página para assinar</translation>
        </message>
        <message>
            <source>The signature page with the person's name and receipt number on it</source>
            <translation>A página de assinatura com o nome da pessoa e o número de recibo</translation>
        </message>
        <message>
            <source>Add the signed page</source>
            <translation>Adicionar a página assinada</translation>
        </message>
        <message>
            <source>A scan or phone photo of the page, signed and dated in ink</source>
            <translation>Uma digitalização ou foto do celular da página, assinada e datada com tinta</translation>
        </message>
    </context>
    <context>
        <name>SubmitterPage</name>
        <message>
            <source>Your saved details were filled in.</source>
            <translation>Seus dados salvos foram preenchidos.</translation>
        </message>
        <message>
            <source>Fill in your details first, then save them.</source>
            <translation>Preencha seus dados primeiro e depois salve.</translation>
        </message>
        <message>
            <source>Saved. New cases can be filled with these details in one step.</source>
            <translation>Salvo. Novos casos podem ser preenchidos com estes dados em um passo.</translation>
        </message>
        <message>
            <source>&amp;Fill in my saved details</source>
            <translation>&amp;Preencher com meus dados salvos</translation>
        </message>
        <message>
            <source>Copies the details you saved before (name, organization, contact) here.</source>
            <translation>Copia aqui os dados que você salvou antes (nome, organização, contato).</translation>
        </message>
        <message>
            <source>Sa&amp;ve my details for next time</source>
            <translation>Sal&amp;var meus dados para a próxima vez</translation>
        </message>
        <message>
            <source>Keeps these details, encrypted, to fill in new cases quickly.</source>
            <translation>Guarda estes dados, criptografados, para preencher novos casos rápido.</translation>
        </message>
    </context>
    <context>
        <name>TermHelp</name>
        <message>
            <source>What is “%1”?</source>
            <translation>O que é “%1”?</translation>
        </message>
        <message>
            <source>Shows or hides a short explanation.</source>
            <translation>Mostra ou esconde uma explicação curta.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Type your passphrase, then press Enter.</source>
            <translation>Digite sua frase-senha e aperte Enter.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>Essa frase-senha não está certa. Confira o Caps Lock e tente de novo.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Type your passphrase instead, or try the password store again.</source>
            <translation>O cofre de senhas do computador não entregou a chave: a janela dele foi fechada ou ele recusou. Digite sua frase-senha, ou tente o cofre de senhas de novo.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Use your recovery key instead, or try the password store again.</source>
            <translation>O cofre de senhas do computador não entregou a chave: a janela dele foi fechada ou ele recusou. Use sua chave de recuperação, ou tente o cofre de senhas de novo.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Try again, and type the computer's password when it asks.</source>
            <translation>O cofre de senhas do computador não entregou a chave: a janela dele foi fechada ou ele recusou. Tente de novo e digite a senha do computador quando ele pedir.</translation>
        </message>
        <message>
            <source>Type the recovery key from your paper, then press Enter.</source>
            <translation>Digite a chave de recuperação do seu papel e pressione Enter.</translation>
        </message>
        <message>
            <source>The new passphrase is saved. Your old recovery key no longer works.</source>
            <translation>A nova frase-senha está salva. Sua chave de recuperação antiga não funciona mais.</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Escolha uma nova frase-senha</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>Ombud Desktop is locked and your cases are hidden. Unlock to go on.</source>
            <translation>O Ombud Desktop está bloqueado e seus casos estão escondidos. Desbloqueie para continuar.</translation>
        </message>
        <message>
            <source>Unlock your cases</source>
            <translation>Desbloqueie seus casos</translation>
        </message>
        <message>
            <source>Your cases are kept encrypted on this computer.</source>
            <translation>Seus casos ficam criptografados neste computador.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase-senha</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase-senha</translation>
        </message>
        <message>
            <source>The passphrase chosen when Ombud Desktop was set up. Press Enter to unlock.</source>
            <translation>A frase-senha escolhida quando o Ombud Desktop foi configurado. Aperte Enter para desbloquear.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>Unlocks with the passphrase.</source>
            <translation>Desbloqueia com a frase-senha.</translation>
        </message>
        <message>
            <source>Unlock with the &amp;system keyring</source>
            <translation>Desbloquear com o &amp;chaveiro do sistema</translation>
        </message>
        <message>
            <source>Uses the key kept by this computer's password store.</source>
            <translation>Usa a chave guardada no cofre de senhas deste computador.</translation>
        </message>
        <message>
            <source>Use the recovery &amp;key</source>
            <translation>Usar a &amp;chave de recuperação</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Opens your cases with the recovery key on paper.</source>
            <translation>Esqueceu a frase-senha? Abre seus casos com a chave de recuperação no papel.</translation>
        </message>
        <message>
            <source>Recovery &amp;key (groups of four letters and digits)</source>
            <translation>&amp;Chave de recuperação (grupos de quatro letras e números)</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Chave de recuperação</translation>
        </message>
        <message>
            <source>Type it as printed; dashes and spaces do not matter. Press Enter to open.</source>
            <translation>Digite como está impressa; traços e espaços não importam. Pressione Enter para abrir.</translation>
        </message>
        <message>
            <source>&amp;Open with the recovery key</source>
            <translation>&amp;Abrir com a chave de recuperação</translation>
        </message>
        <message>
            <source>Opens your cases, then asks for a new passphrase.</source>
            <translation>Abre seus casos e depois pede uma nova frase-senha.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Voltar</translation>
        </message>
        <message>
            <source>Back to the passphrase.</source>
            <translation>Volta para a frase-senha.</translation>
        </message>
        <message>
            <source>Your cases are open. Now choose a new passphrase: you will type it from now on.</source>
            <translation>Seus casos estão abertos. Agora escolha uma nova frase-senha: é ela que você vai digitar daqui em diante.</translation>
        </message>
        <message>
            <source>&amp;Save the new passphrase</source>
            <translation>&amp;Salvar a nova frase-senha</translation>
        </message>
        <message>
            <source>Saves it and opens your cases. Your recovery key keeps working.</source>
            <translation>Salva e abre seus casos. Sua chave de recuperação continua valendo.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Bem-vindo</translation>
        </message>
        <message>
            <source>This app helps you ask the CIS Ombudsman for help with a case that is stuck or went wrong at USCIS. It fills in Form DHS-7001 with you, one question at a time, and makes a package you can email, fax or mail.</source>
            <translation>Este aplicativo ajuda você a pedir ajuda ao CIS Ombudsman com um caso que está parado ou deu errado no USCIS. Ele preenche com você o Formulário DHS-7001, uma pergunta de cada vez, e monta um pacote que você pode mandar por e-mail, fax ou correio.</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>O que você precisa</translation>
        </message>
        <message>
            <source>• Your USCIS receipt notices (the receipt number starts with 3 letters).
• The dates you contacted USCIS and any reference numbers.
• Copies of letters from USCIS and of what you sent them. Never send originals.
• About 20 to 40 minutes. You can stop at any time: everything is saved.</source>
            <translation>• Seus avisos de recebimento do USCIS (o número do recibo começa com 3 letras).
• As datas em que você falou com o USCIS e os números de referência.
• Cópias de cartas do USCIS e do que você mandou para eles. Nunca mande originais.
• Uns 20 a 40 minutos. Você pode parar quando quiser: tudo fica salvo.</translation>
        </message>
        <message>
            <source>Your privacy</source>
            <translation>Sua privacidade</translation>
        </message>
        <message>
            <source>Everything you type and every document you add stays on this computer, encrypted. The app never uses the internet. Nothing is sent until you send it yourself. Use Quick exit (Ctrl+Shift+Q) to hide everything at once.</source>
            <translation>Tudo o que você digita e cada documento que você adiciona ficam neste computador, criptografados. O aplicativo nunca usa a internet. Nada é enviado até você mesmo enviar. Use Saída rápida (Ctrl+Shift+Q) para esconder tudo de uma vez.</translation>
        </message>
        <message>
            <source>What the Ombudsman can and cannot do</source>
            <translation>O que o Ombudsman pode e não pode fazer</translation>
        </message>
        <message>
            <source>The Ombudsman can ask USCIS to look at a problem with your case. It cannot give legal advice or change a USCIS decision. This app is not made by the U.S. government and does not give legal advice.</source>
            <translation>O Ombudsman pode pedir ao USCIS que examine um problema no seu caso. Ele não pode dar orientação jurídica nem mudar uma decisão do USCIS. Este aplicativo não é do governo dos EUA e não dá orientação jurídica.</translation>
        </message>
    </context>
    <context>
        <name>WizardView</name>
        <message>
            <source>Saving…</source>
            <translation>Salvando…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Salvo</translation>
        </message>
        <message>
            <source>Please answer this before going on: %1</source>
            <translation>Responda isto antes de seguir: %1</translation>
        </message>
        <message>
            <source>This step is not needed for this case.</source>
            <translation>Esta etapa não é necessária para este caso.</translation>
        </message>
        <message>
            <source>Use Next to reach this step; earlier steps come first.</source>
            <translation>Use Avançar para chegar a esta etapa; as etapas anteriores vêm primeiro.</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>(não é necessária)</translation>
        </message>
        <message>
            <source>Step %1, “%2”, is now needed because of your answer.</source>
            <translation>Agora a etapa %1, “%2”, é necessária por causa da sua resposta.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Etapas</translation>
        </message>
        <message>
            <source>The steps of the form. Press Enter on a step you have visited to go back to it.</source>
            <translation>As etapas do formulário. Aperte Enter numa etapa que você já visitou para voltar a ela.</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>&amp;Início</translation>
        </message>
        <message>
            <source>Back to the list of cases. Everything is saved.</source>
            <translation>Voltar à lista de casos. Tudo está salvo.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Voltar</translation>
        </message>
        <message>
            <source>The previous step. Nothing you typed is lost. Shortcut: Alt+Left.</source>
            <translation>A etapa anterior. Nada do que você digitou se perde. Atalho: Alt+Esquerda.</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Avançar &gt;</translation>
        </message>
        <message>
            <source>The next step. Shortcut: Alt+Right.</source>
            <translation>A próxima etapa. Atalho: Alt+Direita.</translation>
        </message>
    </context>
    <context>
        <name>background_job</name>
        <message>
            <source>Something unexpected went wrong ({kind}). Your answers are safe; go back a step and try again.</source>
            <translation>Algo inesperado deu errado ({kind}). As suas respostas estão seguras; volte um passo e tente de novo.</translation>
        </message>
    </context>
    <context>
        <name>bundle_readme</name>
        <message>
            <source>Email (recommended)</source>
            <translation>E-mail (recomendado)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>Correio</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Telefone (gratuito)</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Request for case assistance to the CIS Ombudsman (Form DHS-7001)</source>
            <translation>Pedido de ajuda com um caso ao CIS Ombudsman (Formulário DHS-7001)</translation>
        </message>
        <message>
            <source>For: {name}. Receipt number: {receipt}. Made on {date}. Way to send: {channel}.</source>
            <translation>Para: {name}. Número do recibo: {receipt}. Feito em {date}. Forma de envio: {channel}.</translation>
        </message>
        <message>
            <source>Prepared with the help of {organization}.</source>
            <translation>Preparado com a ajuda de {organization}.</translation>
        </message>
        <message>
            <source>Where to get help: {help}</source>
            <translation>Onde obter ajuda: {help}</translation>
        </message>
        <message>
            <source>Important: the files in this folder are not encrypted and hold private information. Keep them safe, and delete this folder once the request is sent.</source>
            <translation>Importante: os arquivos desta pasta não estão criptografados e têm informações privadas. Guarde-os com cuidado e apague esta pasta depois de enviar o pedido.</translation>
        </message>
        <message>
            <source>The Ombudsman's office changed how it operates in 2025. These contact details may be out of date: confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>O escritório do Ombudsman mudou seu funcionamento em 2025. Estes contatos podem estar desatualizados: confirme em www.dhs.gov/cisombudsman da próxima vez que tiver internet.</translation>
        </message>
        <message>
            <source>Before you send: confirm the contact details</source>
            <translation>Antes de enviar: confirme os dados de contato</translation>
        </message>
        <message>
            <source>{label}: {value} (from: {source}; last checked {checked}).</source>
            <translation>{label}: {value} (fonte: {source}; conferido por último em {checked}).</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>Como enviar</translation>
        </message>
        <message>
            <source>What is in this folder</source>
            <translation>O que há nesta pasta</translation>
        </message>
        <message>
            <source>manifest.json and SHA256SUMS: every file with its size and SHA-256 checksum, to check that nothing was changed or lost on the way.</source>
            <translation>manifest.json e SHA256SUMS: cada arquivo com seu tamanho e soma de verificação SHA-256, para conferir que nada mudou ou se perdeu no caminho.</translation>
        </message>
        <message>
            <source>After sending: in Ombud Desktop, mark the case as sent with the date and the reference ({reference}). It makes reminders to follow up after 30 and 90 days.</source>
            <translation>Depois de enviar: no Ombud Desktop, marque o caso como enviado com a data e a referência ({reference}). Assim são criados lembretes para acompanhar depois de 30 e 90 dias.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>fax</source>
            <translation>fax</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>correio</translation>
        </message>
        <message>
            <source>the date you sent the email</source>
            <translation>a data em que você mandou o e-mail</translation>
        </message>
        <message>
            <source>the number on the fax confirmation page</source>
            <translation>o número na página de confirmação do fax</translation>
        </message>
        <message>
            <source>the tracking number, if any</source>
            <translation>o código de rastreamento, se houver</translation>
        </message>
        <message>
            <source>Open {first_eml} (double-click it): your mail program opens it as a new message to {email}, with the files attached.</source>
            <translation>Abra {first_eml} (clique duas vezes): seu programa de e-mail abre como uma nova mensagem para {email}, com os arquivos anexados.</translation>
        </message>
        <message>
            <source>There are {count} messages: send all of them, from part 1 to part {count}. Each one says in its text which documents it carries.</source>
            <translation>São {count} mensagens: envie todas, da parte 1 à parte {count}. Cada uma diz no texto quais documentos leva.</translation>
        </message>
        <message>
            <source>Check the message, then press Send.</source>
            <translation>Confira a mensagem e depois aperte Enviar.</translation>
        </message>
        <message>
            <source>If you use email in a web browser (Gmail, Outlook.com, Yahoo): write a new message to {email} with the subject "{subject}", copy into it the text of the matching message-N.txt file, attach the files it names from the folder "attachments", and send.</source>
            <translation>Se você usa e-mail no navegador (Gmail, Outlook.com, Yahoo): escreva uma nova mensagem para {email} com o assunto "{subject}", copie nela o texto do arquivo message-N.txt correspondente, anexe os arquivos que ele cita da pasta "attachments" e envie.</translation>
        </message>
        <message>
            <source>{title} ({size} MB) is larger than the {limit} MB an email may carry, so it is not in any message. It is in the folder "attachments". Send it by fax or by mail, or make it smaller (scan fewer pages or at a lower resolution) and export again.</source>
            <translation>{title} ({size} MB) é maior que os {limit} MB que um e-mail pode levar, por isso não está em nenhuma mensagem. Está na pasta "attachments". Mande por fax ou correio, ou deixe menor (digitalize menos páginas ou com resolução mais baixa) e exporte de novo.</translation>
        </message>
        <message>
            <source>Send {fax_pdf} ({pages} pages, this count includes the cover sheet) to the fax number {fax}.</source>
            <translation>Envie {fax_pdf} ({pages} páginas, contando a folha de rosto) para o número de fax {fax}.</translation>
        </message>
        <message>
            <source>With a fax machine: print {fax_pdf} single-sided and put all the pages in the machine. With a fax service or app: upload {fax_pdf}.</source>
            <translation>Com uma máquina de fax: imprima {fax_pdf} só de um lado e coloque todas as páginas na máquina. Com um serviço ou aplicativo de fax: envie o arquivo {fax_pdf}.</translation>
        </message>
        <message>
            <source>Keep the confirmation page the fax machine or service gives you.</source>
            <translation>Guarde a página de confirmação que a máquina ou o serviço de fax der.</translation>
        </message>
        <message>
            <source>If a fax service asks for a TIFF file, upload {fax_tiff} instead.</source>
            <translation>Se um serviço de fax pedir um arquivo TIFF, envie {fax_tiff} em vez disso.</translation>
        </message>
        <message>
            <source>Print {packet} single-sided ({packet_pages} pages). The first page is a checklist for you; do not mail it.</source>
            <translation>Imprima {packet} só de um lado ({packet_pages} páginas). A primeira página é uma lista de conferência para você; não a envie.</translation>
        </message>
        <message>
            <source>Sign and date the form with a pen where it says "Sign here", if it asks for a signature by hand.</source>
            <translation>Assine e coloque a data no formulário com caneta onde diz "Sign here", se ele pedir assinatura à mão.</translation>
        </message>
        <message>
            <source>Go through the checklist, then put the pages in order in the envelope, the address page on top.</source>
            <translation>Siga a lista de conferência e depois coloque as páginas em ordem no envelope, com a página do endereço por cima.</translation>
        </message>
        <message>
            <source>Mail it to: {address}. Mail may be delayed up to {days} days by security screening: email is faster.</source>
            <translation>Mande pelo correio para: {address}. O correio pode atrasar até {days} dias por causa da inspeção de segurança: o e-mail é mais rápido.</translation>
        </message>
        <message>
            <source>{name}: the email message to send (part {part} of {count}).</source>
            <translation>{name}: a mensagem de e-mail para enviar (parte {part} de {count}).</translation>
        </message>
        <message>
            <source>{name}: the text of message {part}, to paste into webmail.</source>
            <translation>{name}: o texto da mensagem {part}, para colar no webmail.</translation>
        </message>
        <message>
            <source>attachments/: the form and documents, as separate PDF files.</source>
            <translation>attachments/: o formulário e os documentos, em arquivos PDF separados.</translation>
        </message>
        <message>
            <source>{name}: the fax, ready to send ({pages} pages with the cover sheet).</source>
            <translation>{name}: o fax, pronto para enviar ({pages} páginas com a folha de rosto).</translation>
        </message>
        <message>
            <source>{name}: the same fax as a TIFF file ({coding}) for fax services.</source>
            <translation>{name}: o mesmo fax como arquivo TIFF ({coding}) para serviços de fax.</translation>
        </message>
        <message>
            <source>{name}: everything to print and mail.</source>
            <translation>{name}: tudo para imprimir e mandar pelo correio.</translation>
        </message>
    </context>
    <context>
        <name>countries</name>
        <message>
            <source>Afghanistan</source>
            <extracomment>country AF</extracomment>
            <translation>Afeganistão</translation>
        </message>
        <message>
            <source>Albania</source>
            <extracomment>country AL</extracomment>
            <translation>Albânia</translation>
        </message>
        <message>
            <source>Algeria</source>
            <extracomment>country DZ</extracomment>
            <translation>Argélia</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>country AS</extracomment>
            <translation>Samoa Americana</translation>
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
            <translation>Antígua e Barbuda</translation>
        </message>
        <message>
            <source>Argentina</source>
            <extracomment>country AR</extracomment>
            <translation>Argentina</translation>
        </message>
        <message>
            <source>Armenia</source>
            <extracomment>country AM</extracomment>
            <translation>Armênia</translation>
        </message>
        <message>
            <source>Aruba</source>
            <extracomment>country AW</extracomment>
            <translation>Aruba</translation>
        </message>
        <message>
            <source>Australia</source>
            <extracomment>country AU</extracomment>
            <translation>Austrália</translation>
        </message>
        <message>
            <source>Austria</source>
            <extracomment>country AT</extracomment>
            <translation>Áustria</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <extracomment>country AZ</extracomment>
            <translation>Azerbaijão</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <extracomment>country BS</extracomment>
            <translation>Bahamas</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <extracomment>country BH</extracomment>
            <translation>Bahrein</translation>
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
            <translation>Bielorrússia</translation>
        </message>
        <message>
            <source>Belgium</source>
            <extracomment>country BE</extracomment>
            <translation>Bélgica</translation>
        </message>
        <message>
            <source>Belize</source>
            <extracomment>country BZ</extracomment>
            <translation>Belize</translation>
        </message>
        <message>
            <source>Benin</source>
            <extracomment>country BJ</extracomment>
            <translation>Benin</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <extracomment>country BM</extracomment>
            <translation>Bermuda</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <extracomment>country BT</extracomment>
            <translation>Butão</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <extracomment>country BO</extracomment>
            <translation>Bolívia</translation>
        </message>
        <message>
            <source>Bonaire, Sint Eustatius and Saba</source>
            <extracomment>country BQ</extracomment>
            <translation>Bonaire, Saba e Santo Eustáquio</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina</source>
            <extracomment>country BA</extracomment>
            <translation>Bósnia-Herzegóvina</translation>
        </message>
        <message>
            <source>Botswana</source>
            <extracomment>country BW</extracomment>
            <translation>Botsuana</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <extracomment>country BV</extracomment>
            <translation>Ilha Bouvet</translation>
        </message>
        <message>
            <source>Brazil</source>
            <extracomment>country BR</extracomment>
            <translation>Brasil</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <extracomment>country IO</extracomment>
            <translation>Território Britânico do Oceano Índico</translation>
        </message>
        <message>
            <source>Brunei Darussalam</source>
            <extracomment>country BN</extracomment>
            <translation>Brunei</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <extracomment>country BG</extracomment>
            <translation>Bulgária</translation>
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
            <translation>Camboja</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <extracomment>country CM</extracomment>
            <translation>Camarões</translation>
        </message>
        <message>
            <source>Canada</source>
            <extracomment>country CA</extracomment>
            <translation>Canadá</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <extracomment>country KY</extracomment>
            <translation>Ilhas Cayman</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <extracomment>country CF</extracomment>
            <translation>República Centro-Africana</translation>
        </message>
        <message>
            <source>Chad</source>
            <extracomment>country TD</extracomment>
            <translation>Chade</translation>
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
            <translation>Ilha Christmas</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <extracomment>country CC</extracomment>
            <translation>Ilhas Cocos</translation>
        </message>
        <message>
            <source>Colombia</source>
            <extracomment>country CO</extracomment>
            <translation>Colômbia</translation>
        </message>
        <message>
            <source>Comoros</source>
            <extracomment>country KM</extracomment>
            <translation>Comores</translation>
        </message>
        <message>
            <source>Congo</source>
            <extracomment>country CG</extracomment>
            <translation>Congo</translation>
        </message>
        <message>
            <source>Congo, The Democratic Republic of the</source>
            <extracomment>country CD</extracomment>
            <translation>República Democrática do Congo</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <extracomment>country CK</extracomment>
            <translation>Ilhas Cook</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <extracomment>country CR</extracomment>
            <translation>Costa Rica</translation>
        </message>
        <message>
            <source>Croatia</source>
            <extracomment>country HR</extracomment>
            <translation>Croácia</translation>
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
            <translation>Chipre</translation>
        </message>
        <message>
            <source>Czechia</source>
            <extracomment>country CZ</extracomment>
            <translation>Chéquia</translation>
        </message>
        <message>
            <source>Côte d'Ivoire</source>
            <extracomment>country CI</extracomment>
            <translation>Costa do Marfim</translation>
        </message>
        <message>
            <source>Denmark</source>
            <extracomment>country DK</extracomment>
            <translation>Dinamarca</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <extracomment>country DJ</extracomment>
            <translation>Djibuti</translation>
        </message>
        <message>
            <source>Dominica</source>
            <extracomment>country DM</extracomment>
            <translation>Domínica</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <extracomment>country DO</extracomment>
            <translation>República Dominicana</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <extracomment>country EC</extracomment>
            <translation>Equador</translation>
        </message>
        <message>
            <source>Egypt</source>
            <extracomment>country EG</extracomment>
            <translation>Egito</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <extracomment>country SV</extracomment>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <extracomment>country GQ</extracomment>
            <translation>Guiné Equatorial</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <extracomment>country ER</extracomment>
            <translation>Eritreia</translation>
        </message>
        <message>
            <source>Estonia</source>
            <extracomment>country EE</extracomment>
            <translation>Estônia</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <extracomment>country SZ</extracomment>
            <translation>Essuatíni</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <extracomment>country ET</extracomment>
            <translation>Etiópia</translation>
        </message>
        <message>
            <source>Falkland Islands (Malvinas)</source>
            <extracomment>country FK</extracomment>
            <translation>Ilhas Malvinas (Falkland)</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <extracomment>country FO</extracomment>
            <translation>Ilhas Faroe</translation>
        </message>
        <message>
            <source>Fiji</source>
            <extracomment>country FJ</extracomment>
            <translation>Fiji</translation>
        </message>
        <message>
            <source>Finland</source>
            <extracomment>country FI</extracomment>
            <translation>Finlândia</translation>
        </message>
        <message>
            <source>France</source>
            <extracomment>country FR</extracomment>
            <translation>França</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <extracomment>country GF</extracomment>
            <translation>Guiana Francesa</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <extracomment>country PF</extracomment>
            <translation>Polinésia Francesa</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <extracomment>country TF</extracomment>
            <translation>Territórios Franceses do Sul</translation>
        </message>
        <message>
            <source>Gabon</source>
            <extracomment>country GA</extracomment>
            <translation>Gabão</translation>
        </message>
        <message>
            <source>Gambia</source>
            <extracomment>country GM</extracomment>
            <translation>Gâmbia</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>country GE</extracomment>
            <translation>Geórgia</translation>
        </message>
        <message>
            <source>Germany</source>
            <extracomment>country DE</extracomment>
            <translation>Alemanha</translation>
        </message>
        <message>
            <source>Ghana</source>
            <extracomment>country GH</extracomment>
            <translation>Gana</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <extracomment>country GI</extracomment>
            <translation>Gibraltar</translation>
        </message>
        <message>
            <source>Greece</source>
            <extracomment>country GR</extracomment>
            <translation>Grécia</translation>
        </message>
        <message>
            <source>Greenland</source>
            <extracomment>country GL</extracomment>
            <translation>Groenlândia</translation>
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
            <translation>Guiné</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <extracomment>country GW</extracomment>
            <translation>Guiné-Bissau</translation>
        </message>
        <message>
            <source>Guyana</source>
            <extracomment>country GY</extracomment>
            <translation>Guiana</translation>
        </message>
        <message>
            <source>Haiti</source>
            <extracomment>country HT</extracomment>
            <translation>Haiti</translation>
        </message>
        <message>
            <source>Heard Island and McDonald Islands</source>
            <extracomment>country HM</extracomment>
            <translation>Ilha Heard e Ilhas McDonald</translation>
        </message>
        <message>
            <source>Holy See (Vatican City State)</source>
            <extracomment>country VA</extracomment>
            <translation>Vaticano</translation>
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
            <translation>Hungria</translation>
        </message>
        <message>
            <source>Iceland</source>
            <extracomment>country IS</extracomment>
            <translation>Islândia</translation>
        </message>
        <message>
            <source>India</source>
            <extracomment>country IN</extracomment>
            <translation>Índia</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <extracomment>country ID</extracomment>
            <translation>Indonésia</translation>
        </message>
        <message>
            <source>Iran</source>
            <extracomment>country IR</extracomment>
            <translation>Irã</translation>
        </message>
        <message>
            <source>Iraq</source>
            <extracomment>country IQ</extracomment>
            <translation>Iraque</translation>
        </message>
        <message>
            <source>Ireland</source>
            <extracomment>country IE</extracomment>
            <translation>Irlanda</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <extracomment>country IM</extracomment>
            <translation>Ilha de Man</translation>
        </message>
        <message>
            <source>Israel</source>
            <extracomment>country IL</extracomment>
            <translation>Israel</translation>
        </message>
        <message>
            <source>Italy</source>
            <extracomment>country IT</extracomment>
            <translation>Itália</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <extracomment>country JM</extracomment>
            <translation>Jamaica</translation>
        </message>
        <message>
            <source>Japan</source>
            <extracomment>country JP</extracomment>
            <translation>Japão</translation>
        </message>
        <message>
            <source>Jersey</source>
            <extracomment>country JE</extracomment>
            <translation>Jersey</translation>
        </message>
        <message>
            <source>Jordan</source>
            <extracomment>country JO</extracomment>
            <translation>Jordânia</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <extracomment>country KZ</extracomment>
            <translation>Cazaquistão</translation>
        </message>
        <message>
            <source>Kenya</source>
            <extracomment>country KE</extracomment>
            <translation>Quênia</translation>
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
            <translation>Quirguistão</translation>
        </message>
        <message>
            <source>Laos</source>
            <extracomment>country LA</extracomment>
            <translation>Laos</translation>
        </message>
        <message>
            <source>Latvia</source>
            <extracomment>country LV</extracomment>
            <translation>Letônia</translation>
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
            <translation>Libéria</translation>
        </message>
        <message>
            <source>Libya</source>
            <extracomment>country LY</extracomment>
            <translation>Líbia</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <extracomment>country LI</extracomment>
            <translation>Liechtenstein</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <extracomment>country LT</extracomment>
            <translation>Lituânia</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <extracomment>country LU</extracomment>
            <translation>Luxemburgo</translation>
        </message>
        <message>
            <source>Macao</source>
            <extracomment>country MO</extracomment>
            <translation>Macau</translation>
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
            <translation>Malásia</translation>
        </message>
        <message>
            <source>Maldives</source>
            <extracomment>country MV</extracomment>
            <translation>Maldivas</translation>
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
            <translation>Ilhas Marshall</translation>
        </message>
        <message>
            <source>Martinique</source>
            <extracomment>country MQ</extracomment>
            <translation>Martinica</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <extracomment>country MR</extracomment>
            <translation>Mauritânia</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <extracomment>country MU</extracomment>
            <translation>Maurício</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <extracomment>country YT</extracomment>
            <translation>Maiote</translation>
        </message>
        <message>
            <source>Mexico</source>
            <extracomment>country MX</extracomment>
            <translation>México</translation>
        </message>
        <message>
            <source>Micronesia, Federated States of</source>
            <extracomment>country FM</extracomment>
            <translation>Micronésia</translation>
        </message>
        <message>
            <source>Moldova</source>
            <extracomment>country MD</extracomment>
            <translation>Moldávia</translation>
        </message>
        <message>
            <source>Monaco</source>
            <extracomment>country MC</extracomment>
            <translation>Mônaco</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <extracomment>country MN</extracomment>
            <translation>Mongólia</translation>
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
            <translation>Marrocos</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <extracomment>country MZ</extracomment>
            <translation>Moçambique</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <extracomment>country MM</extracomment>
            <translation>Myanmar</translation>
        </message>
        <message>
            <source>Namibia</source>
            <extracomment>country NA</extracomment>
            <translation>Namíbia</translation>
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
            <translation>Países Baixos</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <extracomment>country NC</extracomment>
            <translation>Nova Caledônia</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <extracomment>country NZ</extracomment>
            <translation>Nova Zelândia</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <extracomment>country NI</extracomment>
            <translation>Nicarágua</translation>
        </message>
        <message>
            <source>Niger</source>
            <extracomment>country NE</extracomment>
            <translation>Níger</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <extracomment>country NG</extracomment>
            <translation>Nigéria</translation>
        </message>
        <message>
            <source>Niue</source>
            <extracomment>country NU</extracomment>
            <translation>Niue</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <extracomment>country NF</extracomment>
            <translation>Ilha Norfolk</translation>
        </message>
        <message>
            <source>North Korea</source>
            <extracomment>country KP</extracomment>
            <translation>Coreia do Norte</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <extracomment>country MK</extracomment>
            <translation>Macedônia do Norte</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>country MP</extracomment>
            <translation>Ilhas Marianas do Norte</translation>
        </message>
        <message>
            <source>Norway</source>
            <extracomment>country NO</extracomment>
            <translation>Noruega</translation>
        </message>
        <message>
            <source>Oman</source>
            <extracomment>country OM</extracomment>
            <translation>Omã</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <extracomment>country PK</extracomment>
            <translation>Paquistão</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>country PW</extracomment>
            <translation>Palau</translation>
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
            <translation>Papua-Nova Guiné</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <extracomment>country PY</extracomment>
            <translation>Paraguai</translation>
        </message>
        <message>
            <source>Peru</source>
            <extracomment>country PE</extracomment>
            <translation>Peru</translation>
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
            <translation>Polônia</translation>
        </message>
        <message>
            <source>Portugal</source>
            <extracomment>country PT</extracomment>
            <translation>Portugal</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>country PR</extracomment>
            <translation>Porto Rico</translation>
        </message>
        <message>
            <source>Qatar</source>
            <extracomment>country QA</extracomment>
            <translation>Catar</translation>
        </message>
        <message>
            <source>Romania</source>
            <extracomment>country RO</extracomment>
            <translation>Romênia</translation>
        </message>
        <message>
            <source>Russian Federation</source>
            <extracomment>country RU</extracomment>
            <translation>Rússia</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <extracomment>country RW</extracomment>
            <translation>Ruanda</translation>
        </message>
        <message>
            <source>Réunion</source>
            <extracomment>country RE</extracomment>
            <translation>Reunião</translation>
        </message>
        <message>
            <source>Saint Barthélemy</source>
            <extracomment>country BL</extracomment>
            <translation>São Bartolomeu</translation>
        </message>
        <message>
            <source>Saint Helena, Ascension and Tristan da Cunha</source>
            <extracomment>country SH</extracomment>
            <translation>Santa Helena, Ascensão e Tristão da Cunha</translation>
        </message>
        <message>
            <source>Saint Kitts and Nevis</source>
            <extracomment>country KN</extracomment>
            <translation>São Cristóvão e Névis</translation>
        </message>
        <message>
            <source>Saint Lucia</source>
            <extracomment>country LC</extracomment>
            <translation>Santa Lúcia</translation>
        </message>
        <message>
            <source>Saint Martin (French part)</source>
            <extracomment>country MF</extracomment>
            <translation>São Martim (parte francesa)</translation>
        </message>
        <message>
            <source>Saint Pierre and Miquelon</source>
            <extracomment>country PM</extracomment>
            <translation>São Pedro e Miquelon</translation>
        </message>
        <message>
            <source>Saint Vincent and the Grenadines</source>
            <extracomment>country VC</extracomment>
            <translation>São Vicente e Granadinas</translation>
        </message>
        <message>
            <source>Samoa</source>
            <extracomment>country WS</extracomment>
            <translation>Samoa</translation>
        </message>
        <message>
            <source>San Marino</source>
            <extracomment>country SM</extracomment>
            <translation>São Marino</translation>
        </message>
        <message>
            <source>Sao Tome and Principe</source>
            <extracomment>country ST</extracomment>
            <translation>São Tomé e Príncipe</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <extracomment>country SA</extracomment>
            <translation>Arábia Saudita</translation>
        </message>
        <message>
            <source>Senegal</source>
            <extracomment>country SN</extracomment>
            <translation>Senegal</translation>
        </message>
        <message>
            <source>Serbia</source>
            <extracomment>country RS</extracomment>
            <translation>Sérvia</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <extracomment>country SC</extracomment>
            <translation>Seychelles</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <extracomment>country SL</extracomment>
            <translation>Serra Leoa</translation>
        </message>
        <message>
            <source>Singapore</source>
            <extracomment>country SG</extracomment>
            <translation>Cingapura</translation>
        </message>
        <message>
            <source>Sint Maarten (Dutch part)</source>
            <extracomment>country SX</extracomment>
            <translation>São Martim (parte holandesa)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <extracomment>country SK</extracomment>
            <translation>Eslováquia</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <extracomment>country SI</extracomment>
            <translation>Eslovênia</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>country SB</extracomment>
            <translation>Ilhas Salomão</translation>
        </message>
        <message>
            <source>Somalia</source>
            <extracomment>country SO</extracomment>
            <translation>Somália</translation>
        </message>
        <message>
            <source>South Africa</source>
            <extracomment>country ZA</extracomment>
            <translation>África do Sul</translation>
        </message>
        <message>
            <source>South Georgia and the South Sandwich Islands</source>
            <extracomment>country GS</extracomment>
            <translation>Geórgia do Sul e Ilhas Sandwich do Sul</translation>
        </message>
        <message>
            <source>South Korea</source>
            <extracomment>country KR</extracomment>
            <translation>Coreia do Sul</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <extracomment>country SS</extracomment>
            <translation>Sudão do Sul</translation>
        </message>
        <message>
            <source>Spain</source>
            <extracomment>country ES</extracomment>
            <translation>Espanha</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <extracomment>country LK</extracomment>
            <translation>Sri Lanka</translation>
        </message>
        <message>
            <source>Sudan</source>
            <extracomment>country SD</extracomment>
            <translation>Sudão</translation>
        </message>
        <message>
            <source>Suriname</source>
            <extracomment>country SR</extracomment>
            <translation>Suriname</translation>
        </message>
        <message>
            <source>Svalbard and Jan Mayen</source>
            <extracomment>country SJ</extracomment>
            <translation>Svalbard e a Ilha de Jan Mayen</translation>
        </message>
        <message>
            <source>Sweden</source>
            <extracomment>country SE</extracomment>
            <translation>Suécia</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <extracomment>country CH</extracomment>
            <translation>Suíça</translation>
        </message>
        <message>
            <source>Syria</source>
            <extracomment>country SY</extracomment>
            <translation>Síria</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <extracomment>country TW</extracomment>
            <translation>Taiwan</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <extracomment>country TJ</extracomment>
            <translation>Tadjiquistão</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <extracomment>country TZ</extracomment>
            <translation>Tanzânia</translation>
        </message>
        <message>
            <source>Thailand</source>
            <extracomment>country TH</extracomment>
            <translation>Tailândia</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <extracomment>country TL</extracomment>
            <translation>Timor-Leste</translation>
        </message>
        <message>
            <source>Togo</source>
            <extracomment>country TG</extracomment>
            <translation>Togo</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <extracomment>country TK</extracomment>
            <translation>Toquelau</translation>
        </message>
        <message>
            <source>Tonga</source>
            <extracomment>country TO</extracomment>
            <translation>Tonga</translation>
        </message>
        <message>
            <source>Trinidad and Tobago</source>
            <extracomment>country TT</extracomment>
            <translation>Trinidade e Tobago</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <extracomment>country TN</extracomment>
            <translation>Tunísia</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <extracomment>country TM</extracomment>
            <translation>Turcomenistão</translation>
        </message>
        <message>
            <source>Turks and Caicos Islands</source>
            <extracomment>country TC</extracomment>
            <translation>Ilhas Turks e Caicos</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <extracomment>country TV</extracomment>
            <translation>Tuvalu</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <extracomment>country TR</extracomment>
            <translation>Turquia</translation>
        </message>
        <message>
            <source>Uganda</source>
            <extracomment>country UG</extracomment>
            <translation>Uganda</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <extracomment>country UA</extracomment>
            <translation>Ucrânia</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <extracomment>country AE</extracomment>
            <translation>Emirados Árabes Unidos</translation>
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
            <translation>Ilhas Menores Distantes dos Estados Unidos</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <extracomment>country UY</extracomment>
            <translation>Uruguai</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <extracomment>country UZ</extracomment>
            <translation>Uzbequistão</translation>
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
            <translation>Vietnã</translation>
        </message>
        <message>
            <source>Virgin Islands, British</source>
            <extracomment>country VG</extracomment>
            <translation>Ilhas Virgens Britânicas</translation>
        </message>
        <message>
            <source>Virgin Islands, U.S.</source>
            <extracomment>country VI</extracomment>
            <translation>Ilhas Virgens Americanas</translation>
        </message>
        <message>
            <source>Wallis and Futuna</source>
            <extracomment>country WF</extracomment>
            <translation>Wallis e Futuna</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <extracomment>country EH</extracomment>
            <translation>Saara Ocidental</translation>
        </message>
        <message>
            <source>Yemen</source>
            <extracomment>country YE</extracomment>
            <translation>Iêmen</translation>
        </message>
        <message>
            <source>Zambia</source>
            <extracomment>country ZM</extracomment>
            <translation>Zâmbia</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <extracomment>country ZW</extracomment>
            <translation>Zimbábue</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <extracomment>country AX</extracomment>
            <translation>Ilhas Åland</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>{number} month</source>
            <translation>{number} mês</translation>
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
            <translation>a senha informada para este PDF não está correta. Tente de novo ou anexe uma cópia salva sem senha.</translation>
        </message>
        <message>
            <source>this PDF is protected by a password. Enter its password, or open it and save or print it as a new PDF without a password, then attach that copy.</source>
            <translation>este PDF está protegido por senha. Digite a senha, ou abra-o e salve ou imprima como um novo PDF sem senha, e anexe essa cópia.</translation>
        </message>
        <message>
            <source>These attachments cannot be turned into pages; nothing else in the case was changed:</source>
            <translation>Estes anexos não podem ser transformados em páginas; nada mais foi alterado no caso:</translation>
        </message>
        <message>
            <source>The fonts needed to make PDFs are missing from this installation (looked in {folder}). Reinstall Ombud Desktop.</source>
            <translation>As fontes necessárias para criar PDFs estão faltando nesta instalação (procuradas em {folder}). Reinstale o Ombud Desktop.</translation>
        </message>
        <message>
            <source>the {kind} image is damaged or incomplete and cannot be read. Open it in an image viewer to check it, or take the photo or scan again.</source>
            <translation>a imagem {kind} está danificada ou incompleta e não pode ser lida. Abra-a em um visualizador de imagens para verificar, ou tire a foto ou digitalize de novo.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely. Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>a imagem é grande demais para ser colocada numa página com segurança. Salve uma cópia menor (por exemplo, 4000 pixels no lado maior) e anexe-a.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely ({width} x {height} pixels). Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>a imagem é grande demais para ser colocada numa página com segurança ({width} x {height} pixels). Salve uma cópia menor (por exemplo, 4000 pixels no lado maior) e anexe-a.</translation>
        </message>
        <message>
            <source>the file has more than {count} pages. Split it into smaller files.</source>
            <translation>o arquivo tem mais de {count} páginas. Divida-o em arquivos menores.</translation>
        </message>
        <message>
            <source>the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or print it as a new PDF, or scan the paper again, then attach the new copy.</source>
            <translation>o PDF está danificado e não pôde ser reparado. Abra-o em um visualizador de PDF e salve ou imprima como um novo PDF, ou digitalize o papel de novo, e anexe a nova cópia.</translation>
        </message>
        <message>
            <source>the PDF has no pages. Attach a copy with content.</source>
            <translation>o PDF não tem páginas. Anexe uma cópia com conteúdo.</translation>
        </message>
        <message>
            <source>the PDF uses an encryption the app cannot open. Save it without a password in a PDF viewer, then attach that copy.</source>
            <translation>o PDF usa uma criptografia que o aplicativo não consegue abrir. Salve-o sem senha em um visualizador de PDF e anexe essa cópia.</translation>
        </message>
        <message>
            <source>The drawn signature is missing. Draw the signature again on the Consent page, or choose a typed or ink signature.</source>
            <translation>A assinatura desenhada está faltando. Desenhe a assinatura de novo na página de Consentimento, ou escolha uma assinatura digitada ou à tinta.</translation>
        </message>
        <message>
            <source>The drawn signature could not be read. Draw it again on the Consent page.</source>
            <translation>Não foi possível ler a assinatura desenhada. Desenhe-a de novo na página de Consentimento.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>um documento PDF</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>uma imagem JPEG</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>uma imagem PNG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>uma imagem GIF</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>uma imagem BMP</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>uma imagem TIFF</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>uma imagem WebP</translation>
        </message>
        <message>
            <source>a HEIC/HEIF photo</source>
            <translation>uma foto HEIC/HEIF</translation>
        </message>
        <message>
            <source>an AVIF photo</source>
            <translation>uma foto AVIF</translation>
        </message>
        <message>
            <source>a JPEG 2000 image</source>
            <translation>uma imagem JPEG 2000</translation>
        </message>
        <message>
            <source>a PBM/PGM/PPM image</source>
            <translation>uma imagem PBM/PGM/PPM</translation>
        </message>
        <message>
            <source>a Photoshop (PSD) image</source>
            <translation>uma imagem do Photoshop (PSD)</translation>
        </message>
        <message>
            <source>a QOI image</source>
            <translation>uma imagem QOI</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>texto simples</translation>
        </message>
        <message>
            <source>a ZIP archive or an office document (Word, Excel ...)</source>
            <translation>um arquivo ZIP ou um documento de escritório (Word, Excel ...)</translation>
        </message>
        <message>
            <source>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD or QOI</source>
            <translation>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD ou QOI</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes). Choose the file again, or scan it again.</source>
            <translation>o arquivo está vazio (0 bytes). Escolha o arquivo de novo ou digitalize-o de novo.</translation>
        </message>
        <message>
            <source>this file is not a file type the app reads. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>este arquivo não é de um tipo que o aplicativo lê. Anexe um arquivo {formats}: primeiro imprima ou salve o documento como PDF.</translation>
        </message>
        <message>
            <source>this file contains {kind}. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>este arquivo contém {kind}. Anexe um arquivo {formats}: primeiro imprima ou salve o documento como PDF.</translation>
        </message>
        <message>
            <source>the name says {expected} but the file contains {actual}. Check that this is the right file, or rename it to end in the right extension.</source>
            <translation>o nome indica {expected}, mas o arquivo contém {actual}. Verifique se é o arquivo certo ou renomeie-o com a extensão certa.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>o disco está cheio</translation>
        </message>
        <message>
            <source>the folder is read-only or you may not write to it</source>
            <translation>a pasta é somente leitura ou você não tem permissão para gravar nela</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the disk is full. Free some space, then save again.</source>
            <translation>Não foi possível salvar {name} em {folder}: o disco está cheio. Libere espaço e salve de novo.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the folder is read-only or you may not write to it. Choose a folder you can write to (--data-dir), then save again.</source>
            <translation>Não foi possível salvar {name} em {folder}: a pasta é somente leitura ou você não tem permissão para gravar nela. Escolha uma pasta em que possa gravar (--data-dir) e salve de novo.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: {reason}. Check the disk, then save again.</source>
            <translation>Não foi possível salvar {name} em {folder}: {reason}. Verifique o disco e salve de novo.</translation>
        </message>
        <message>
            <source>Case {case_id} cannot be opened. {problem} Every other case opens as usual. If it cannot be repaired, delete it (select it and choose Delete, or run `ombud-desktop case delete {case_id} --yes`).</source>
            <translation>Não é possível abrir o caso {case_id}. {problem} Todos os outros casos abrem normalmente. Se ele não puder ser reparado, exclua-o (selecione-o e escolha Excluir, ou execute `ombud-desktop case delete {case_id} --yes`).</translation>
        </message>
        <message>
            <source>Case {case_id} already exists; nothing was overwritten.</source>
            <translation>O caso {case_id} já existe; nada foi sobrescrito.</translation>
        </message>
        <message>
            <source>There is no case {case_id} in {folder}.</source>
            <translation>Não há nenhum caso {case_id} em {folder}.</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>Não foi possível ler {path}: {reason}.</translation>
        </message>
        <message>
            <source>Case {case_id} has no attachment {attachment_id}.</source>
            <translation>O caso {case_id} não tem o anexo {attachment_id}.</translation>
        </message>
        <message>
            <source>The file {path} is damaged or was changed outside Ombud Desktop ({detail}).</source>
            <translation>O arquivo {path} está danificado ou foi alterado fora do Ombud Desktop ({detail}).</translation>
        </message>
        <message>
            <source>A hand-off file needs a passphrase to protect it.</source>
            <translation>Um arquivo de transferência precisa de uma frase-senha para protegê-lo.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name (nothing was changed).</source>
            <translation>{path} já existe; escolha outro nome de arquivo (nada foi alterado).</translation>
        </message>
        <message>
            <source>Cancelled. No hand-off file was written.</source>
            <translation>Cancelado. Nenhum arquivo de repasse foi gravado.</translation>
        </message>
        <message>
            <source>The hand-off file {name} asks for far more memory or time to open than Ombud Desktop ever uses, so it was not opened: it was not made by this app, or it was changed. Ask the sender to make it again.</source>
            <translation>O arquivo de transferência {name} pede muito mais memória ou tempo para abrir do que o Ombud Desktop jamais usa, por isso não foi aberto: não foi criado por este aplicativo, ou foi alterado. Peça ao remetente para criá-lo novamente.</translation>
        </message>
        <message>
            <source>That passphrase does not open the hand-off file {name}. Ask the person who made it for the passphrase they chose.</source>
            <translation>Essa frase-senha não abre o arquivo de transferência {name}. Peça à pessoa que o criou a frase-senha que ela escolheu.</translation>
        </message>
        <message>
            <source>The hand-off file {name} holds a case this app cannot use ({problem}). Nothing was imported. Ask the person who sent it to make the hand-off file again with Ombud Desktop.</source>
            <translation>O arquivo de transferência {name} contém um caso que este aplicativo não consegue usar ({problem}). Nada foi importado. Peça à pessoa que o enviou para criar o arquivo de transferência novamente com o Ombud Desktop.</translation>
        </message>
        <message>
            <source>Case {case_id} is already in this vault. Nothing was changed. Import it as a new case (--new-id) or replace the one here (--replace).</source>
            <translation>O caso {case_id} já está neste cofre. Nada foi alterado. Importe-o como um caso novo (--new-id) ou substitua o que está aqui (--replace).</translation>
        </message>
        <message>
            <source>No secure system keyring is available here. Protect the vault with a passphrase instead.</source>
            <translation>Não há um chaveiro do sistema seguro aqui. Proteja o cofre com uma frase-senha.</translation>
        </message>
        <message>
            <source>The system keyring refused to store the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>O chaveiro do sistema se recusou a guardar a chave do cofre ({problem}). Desbloqueie seu chaveiro (entre na sessão da área de trabalho) e tente de novo, ou use a frase-senha ou a chave de recuperação do cofre.</translation>
        </message>
        <message>
            <source>The vault key is kept in the system keyring, but no secure keyring is available now (for example, no desktop session). Unlock with the vault passphrase or recovery key instead.</source>
            <translation>A chave do cofre fica no chaveiro do sistema, mas nenhum chaveiro seguro está disponível agora (por exemplo, sem sessão da área de trabalho). Desbloqueie com a frase-senha ou a chave de recuperação do cofre.</translation>
        </message>
        <message>
            <source>The system keyring refused to give the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>O chaveiro do sistema se recusou a fornecer a chave do cofre ({problem}). Desbloqueie seu chaveiro (entre na sessão da área de trabalho) e tente de novo, ou use a frase-senha ou a chave de recuperação do cofre.</translation>
        </message>
        <message>
            <source>The system keyring does not hold this vault's key (it may be another user's keyring or a new computer). Unlock with the vault passphrase or recovery key.</source>
            <translation>O chaveiro do sistema não tem a chave deste cofre (pode ser o chaveiro de outro usuário ou um computador novo). Desbloqueie com a frase-senha ou a chave de recuperação do cofre.</translation>
        </message>
        <message>
            <source>The vault key in the system keyring is damaged. Unlock with the vault passphrase or recovery key.</source>
            <translation>A chave do cofre no chaveiro do sistema está danificada. Desbloqueie com a frase-senha ou a chave de recuperação do cofre.</translation>
        </message>
        <message>
            <source>This vault is not kept in the system keyring; unlock it with its passphrase.</source>
            <translation>Este cofre não fica no chaveiro do sistema; desbloqueie-o com a frase-senha dele.</translation>
        </message>
        <message>
            <source>The key in the system keyring does not open this vault (or its key file {path} is damaged). Unlock with the passphrase or recovery key.</source>
            <translation>A chave do chaveiro do sistema não abre este cofre (ou o arquivo de chave {path} está danificado). Desbloqueie com a frase-senha ou a chave de recuperação.</translation>
        </message>
        <message>
            <source>This vault has no passphrase; it is unlocked through the system keyring.</source>
            <translation>Este cofre não tem frase-senha; ele é desbloqueado pelo chaveiro do sistema.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check it (Caps Lock, keyboard layout) and try again. If you are sure it is right, the key file {path} may be damaged: use your recovery key.</source>
            <translation>Essa frase-senha não abre este cofre. Verifique-a (Caps Lock, layout do teclado) e tente de novo. Se tiver certeza de que está certa, o arquivo de chave {path} pode estar danificado: use sua chave de recuperação.</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault. Check each group of four characters and try again.</source>
            <translation>Essa chave de recuperação não abre este cofre. Verifique cada grupo de quatro caracteres e tente de novo.</translation>
        </message>
        <message>
            <source>The file {path} is missing.</source>
            <translation>O arquivo {path} está faltando.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: there is no backup copy. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Não é possível restaurá-lo automaticamente: não há cópia de segurança. O arquivo não foi mexido; guarde-o e peça ajuda ao seu contato de suporte.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: its backup copy is damaged too. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Não é possível restaurá-lo automaticamente: a cópia de segurança também está danificada. O arquivo não foi mexido; guarde-o e peça ajuda ao seu contato de suporte.</translation>
        </message>
        <message>
            <source>{path} was changed on disk (by another window or program) after it was opened here, so it was not overwritten. Your changes are still on screen: reopen the case to see the other version, or save yours as a copy.</source>
            <translation>{path} foi alterado no disco (por outra janela ou programa) depois de ser aberto aqui, por isso não foi sobrescrito. Suas alterações continuam na tela: abra o caso de novo para ver a outra versão, ou salve a sua como cópia.</translation>
        </message>
        <message>
            <source>{path} was removed after it was opened here; it was not recreated silently.</source>
            <translation>{path} foi removido depois de ser aberto aqui; ele não foi recriado sem aviso.</translation>
        </message>
        <message>
            <source>The vault in {folder} is in use by {holder}. Close Ombud Desktop there (or wait for that command to finish) and try again.</source>
            <translation>O cofre em {folder} está em uso por {holder}. Feche o Ombud Desktop lá (ou espere esse comando terminar) e tente de novo.</translation>
        </message>
        <message>
            <source>Opened read-only: the vault is in use by {holder}. Changes cannot be saved until it is closed.</source>
            <translation>Aberto somente para leitura: o cofre está em uso por {holder}. As alterações não podem ser salvas até que ele seja fechado.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Não é possível gravar na pasta de dados {folder}: {reason}. Escolha outra pasta com --data-dir (ou OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>Opened read-only. The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Aberto somente para leitura. Não é possível gravar na pasta de dados {folder}: {reason}. Escolha outra pasta com --data-dir (ou OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>The vault was opened read-only; changes cannot be saved.</source>
            <translation>O cofre foi aberto somente para leitura; as alterações não podem ser salvas.</translation>
        </message>
        <message>
            <source>There is no vault in {folder} yet. Create one with `ombud-desktop vault init` (or open the app).</source>
            <translation>Ainda não há um cofre em {folder}. Crie um com `ombud-desktop vault init` (ou abra o aplicativo).</translation>
        </message>
        <message>
            <source>A vault already exists in {folder}; it was left as is.</source>
            <translation>Já existe um cofre em {folder}; ele foi deixado como estava.</translation>
        </message>
        <message>
            <source>No secure system keyring is available here: choose a passphrase to protect the vault.</source>
            <translation>Não há um chaveiro do sistema seguro aqui: escolha uma frase-senha para proteger o cofre.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>O cofre está bloqueado. Desbloqueie-o primeiro.</translation>
        </message>
        <message>
            <source>Enter the vault passphrase to make a new recovery key: the vault key changes, and the passphrase must be attached to the new one.</source>
            <translation>Digite a frase-senha do cofre para criar uma nova chave de recuperação: a chave do cofre muda, e a frase-senha precisa ser associada à nova.</translation>
        </message>
        <message>
            <source>The retention period must be between 1 and {most} days.</source>
            <translation>O período de retenção deve ser entre 1 e {most} dias.</translation>
        </message>
        <message>
            <source>{case_id} is not a case id (see `case list`).</source>
            <translation>{case_id} não é um identificador de caso (veja `case list`).</translation>
        </message>
        <message>
            <source>There is not enough free space in {folder} to save the export. Nothing was saved. Free some space or choose another folder (for example a USB stick), then export again.</source>
            <translation>Não há espaço livre suficiente em {folder} para salvar a exportação. Nada foi salvo. Libere espaço ou escolha outra pasta (por exemplo, um pen drive) e exporte de novo.</translation>
        </message>
        <message>
            <source>The app may not write in {folder}. Nothing was saved. Choose another folder, then export again.</source>
            <translation>O aplicativo não pode gravar em {folder}. Nada foi salvo. Escolha outra pasta e exporte de novo.</translation>
        </message>
        <message>
            <source>The export could not be saved in {folder} ({reason}). Nothing was saved. Choose another folder, then export again.</source>
            <translation>Não foi possível salvar a exportação em {folder} ({reason}). Nada foi salvo. Escolha outra pasta e exporte de novo.</translation>
        </message>
        <message>
            <source>The computer ran out of memory making the package. Close other programs, or leave out very large documents, then try again.</source>
            <translation>O computador ficou sem memória ao montar o pacote. Feche outros programas ou deixe de fora documentos muito grandes e tente de novo.</translation>
        </message>
        <message>
            <source>Something went wrong while making the package ({kind}). Nothing was saved and your case is unchanged. Try again; if it happens again, choose another way to send.</source>
            <translation>Algo deu errado ao montar o pacote ({kind}). Nada foi salvo e seu caso não mudou. Tente de novo; se acontecer outra vez, escolha outra forma de envio.</translation>
        </message>
        <message>
            <source>The list of the Ombudsman's addresses ({path}) could not be read ({reason}). Reinstall the app.</source>
            <translation>Não foi possível ler a lista de endereços do Ombudsman ({path}) ({reason}). Reinstale o aplicativo.</translation>
        </message>
        <message>
            <source>These documents are listed, but their files were never added to the app: {names}. Attach the files (or remove them from the list), then export again.</source>
            <translation>Estes documentos estão na lista, mas os arquivos deles nunca foram adicionados ao aplicativo: {names}. Anexe os arquivos (ou tire-os da lista) e exporte de novo.</translation>
        </message>
        <message>
            <source>{path} is not an export of this case (its manifest.json does not say so); nothing was deleted.</source>
            <translation>{path} não é uma exportação deste caso (o manifest.json dele não diz isso); nada foi excluído.</translation>
        </message>
        <message>
            <source>{path} could not be deleted ({reason}). Close any program using it and try again, or delete it yourself.</source>
            <translation>Não foi possível excluir {path} ({reason}). Feche qualquer programa que o esteja usando e tente de novo, ou exclua-o você mesmo.</translation>
        </message>
        <message>
            <source>the export process stopped</source>
            <translation>o processo de exportação parou</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was added.</source>
            <translation>Cancelado. Nada foi adicionado.</translation>
        </message>
        <message>
            <source>it is too short or too simple.</source>
            <translation>é curta ou simples demais.</translation>
        </message>
        <message>
            <source>it is one of the passwords people use most.</source>
            <translation>é uma das senhas mais usadas.</translation>
        </message>
        <message>
            <source>it is made of a few common words or names.</source>
            <translation>é formada por poucas palavras ou nomes comuns.</translation>
        </message>
        <message>
            <source>it repeats the same letters or words.</source>
            <translation>repete as mesmas letras ou palavras.</translation>
        </message>
        <message>
            <source>it follows a sequence or a keyboard row (abc, 123, qwerty).</source>
            <translation>segue uma sequência ou uma fileira do teclado (abc, 123, qwerty).</translation>
        </message>
        <message>
            <source>it is built around a date or a year.</source>
            <translation>é baseada em uma data ou um ano.</translation>
        </message>
        <message>
            <source>it contains a name or number from the case.</source>
            <translation>contém um nome ou número do caso.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: {reason} Use five or more words that do not belong together, for example: {suggestion}</source>
            <translation>Esta frase-senha é fácil demais de adivinhar: {reason} Use cinco ou mais palavras sem relação entre si, por exemplo: {suggestion}</translation>
        </message>
        <message>
            <source>This request must be signed by hand in ink (T, U, VAWA, asylum and refugee cases), and its signed page has not been added. Print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page', or on the command line: ombud-desktop case attach ID FILE --category signed_form. Then export again, or send it by mail and sign the printed form. Nothing was saved.</source>
            <translation>Este pedido deve ser assinado à mão com tinta (casos T, U, VAWA, asilo e refúgio), e a página assinada ainda não foi adicionada. Imprima a página para assinar, assine e date com tinta e depois adicione a página assinada (uma digitalização ou foto do celular) com 'Adicionar a página assinada', ou na linha de comando: ombud-desktop case attach ID FILE --category signed_form. Depois exporte de novo, ou envie pelo correio e assine o formulário impresso. Nada foi salvo.</translation>
        </message>
        <message>
            <source>The file {path} is an older copy of case {case_id} (version {found}; this vault last saved version {latest}): it was put there from outside Ombud Desktop, so it was not used.</source>
            <translation>O arquivo {path} é uma cópia mais antiga do caso {case_id} (versão {found}; este cofre salvou por último a versão {latest}): foi colocado ali de fora do Ombud Desktop, por isso não foi usado.</translation>
        </message>
        <message>
            <source>{problem} No newer copy is left in the data folder. If you put this copy back yourself from a backup, open it and choose “Use this older copy” (or run `ombud-desktop case accept-older {case_id}`); otherwise delete the case or ask your support contact.</source>
            <translation>{problem} Não resta nenhuma cópia mais recente na pasta de dados. Se foi você quem recolocou esta cópia a partir de um backup, abra-a e escolha “Usar esta cópia mais antiga” (ou execute `ombud-desktop case accept-older {case_id}`); caso contrário, exclua o caso ou fale com seu contato de suporte.</translation>
        </message>
    </context>
    <context>
        <name>export_steps</name>
        <message>
            <source>Making the fax cover sheet</source>
            <translation>Fazendo a folha de rosto do fax</translation>
        </message>
        <message>
            <source>Putting the form and documents together</source>
            <translation>Juntando o formulário e os documentos</translation>
        </message>
        <message>
            <source>Making the pages grayscale for the fax</source>
            <translation>Deixando as páginas em tons de cinza para o fax</translation>
        </message>
        <message>
            <source>Making the fax TIFF file</source>
            <translation>Criando o arquivo TIFF do fax</translation>
        </message>
        <message>
            <source>Stamping the name and page number on each page</source>
            <translation>Colocando o nome e o número da página em cada página</translation>
        </message>
        <message>
            <source>Making the form PDF</source>
            <translation>Fazendo o PDF do formulário</translation>
        </message>
        <message>
            <source>Turning the documents into pages</source>
            <translation>Transformando os documentos em páginas</translation>
        </message>
        <message>
            <source>Writing the cover letter</source>
            <translation>Escrevendo a carta de apresentação</translation>
        </message>
        <message>
            <source>Making the checklist and the address page</source>
            <translation>Fazendo a lista de conferência e a página do endereço</translation>
        </message>
        <message>
            <source>Writing README.txt and the checksums</source>
            <translation>Escrevendo o README.txt e as somas de verificação</translation>
        </message>
        <message>
            <source>Making the email message</source>
            <translation>Fazendo a mensagem de e-mail</translation>
        </message>
        <message>
            <source>Saving the email and its attachments</source>
            <translation>Salvando o e-mail e seus anexos</translation>
        </message>
        <message>
            <source>Saving the fax</source>
            <translation>Salvando o fax</translation>
        </message>
        <message>
            <source>Saving the print packet</source>
            <translation>Salvando o pacote para imprimir</translation>
        </message>
        <message>
            <source>Reading the case</source>
            <translation>Lendo o caso</translation>
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
            <source>This form is signed by hand in ink. To send it by email or fax, print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page'. By mail, sign the printed form itself.</source>
            <extracomment>finding code consent.signed_form_missing</extracomment>
            <translation>Este formulário é assinado à mão com tinta. Para enviá-lo por e-mail ou fax, imprima a página para assinar, assine e date com tinta e depois adicione a página assinada (uma digitalização ou foto do celular) com 'Adicionar a página assinada'. Pelo correio, assine o próprio formulário impresso.</translation>
        </message>
        <message>
            <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose 'Print, sign in ink, and scan'.</source>
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
            <source>The file of "{title}" was never added. Add the file on the documents step, or remove the document from the list.</source>
            <extracomment>finding code documents.file_missing</extracomment>
            <translation>O arquivo de "{title}" nunca foi adicionado. Adicione o arquivo na etapa de documentos ou retire o documento da lista.</translation>
        </message>
        <message>
            <source>"{title}" is {size} MB, more than one email of {limit} MB can carry: an email export leaves it out, and says so, for you to send it by fax or mail. Or scan it again with fewer pages or at a lower resolution.</source>
            <extracomment>finding code documents.too_big_for_email</extracomment>
            <translation>"{title}" tem {size} MB, mais do que cabe em um e-mail de {limit} MB: uma exportação por e-mail o deixa de fora, e avisa, para você enviá-lo por fax ou pelo correio. Ou digitalize-o de novo com menos páginas ou em resolução menor.</translation>
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
            <source>Give USCIS's posted processing time in months, so we can show how long past it your case is.</source>
            <extracomment>finding code processing.posted_time_missing</extracomment>
            <translation>Informe o tempo de processamento publicado pelo USCIS, em meses, para mostrarmos quanto seu caso passou dele.</translation>
        </message>
        <message>
            <source>Add the receipt date of your application, so we can count how long it has waited.</source>
            <extracomment>finding code processing.receipt_date_missing</extracomment>
            <translation>Adicione a data de recebimento do seu pedido, para contarmos quanto tempo ele esperou.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months.</source>
            <extracomment>finding code processing.summary</extracomment>
            <translation>O pedido mais antigo foi recebido em {receipt_date} e esperou {months_pending} meses.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months: {months_past} months past the posted processing time of {posted_months} months, which ended on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_past</extracomment>
            <translation>O pedido mais antigo foi recebido em {receipt_date} e esperou {months_pending} meses: {months_past} meses além do tempo de processamento publicado de {posted_months} meses, que terminou em {posted_time_ends}.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months. The posted processing time of {posted_months} months ends on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_within</extracomment>
            <translation>O pedido mais antigo foi recebido em {receipt_date} e esperou {months_pending} meses. O tempo de processamento publicado de {posted_months} meses termina em {posted_time_ends}.</translation>
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
            <source>Worth answering if you can: {label}</source>
            <extracomment>finding code recommended</extracomment>
            <translation>Vale a pena responder se puder: {label}</translation>
        </message>
        <message>
            <source>This needs an answer: {label}</source>
            <extracomment>finding code required</extracomment>
            <translation>Isto precisa de resposta: {label}</translation>
        </message>
        <message>
            <source>Where to go instead: a nonprofit immigration legal service (free or low-cost ones are listed by ImmigrationLawHelp.org); the Justice Department's list of recognized organizations and accredited representatives (EOIR); or your state bar association's lawyer referral service.</source>
            <extracomment>finding code screening.where_to_go</extracomment>
            <translation>Aonde ir em vez disso: um serviço jurídico de imigração sem fins lucrativos (os gratuitos ou de baixo custo estão no ImmigrationLawHelp.org); a lista do Departamento de Justiça de organizações reconhecidas e representantes credenciados (EOIR); ou o serviço de indicação de advogados da ordem dos advogados do seu estado.</translation>
        </message>
        <message>
            <source>This answer holds invisible control characters ({chars}), often copied along with pasted text. Delete the answer and type it again.</source>
            <extracomment>finding code text.control_characters</extracomment>
            <translation>Esta resposta tem caracteres de controle invisíveis ({chars}), muitas vezes copiados junto com um texto colado. Apague a resposta e digite-a de novo.</translation>
        </message>
        <message>
            <source>This answer should be a list of choices.</source>
            <extracomment>finding code type.wrong.array</extracomment>
            <translation>Esta resposta deveria ser uma lista de opções.</translation>
        </message>
        <message>
            <source>This answer should be yes or no (true or false).</source>
            <extracomment>finding code type.wrong.boolean</extracomment>
            <translation>Esta resposta deveria ser sim ou não (verdadeiro ou falso).</translation>
        </message>
        <message>
            <source>This should be a group of answers ({{ ... }}), not a single value.</source>
            <extracomment>finding code type.wrong.group</extracomment>
            <translation>Isto deveria ser um grupo de respostas ({{ ... }}), não um valor só.</translation>
        </message>
        <message>
            <source>This should be a list of items ([ ... ]).</source>
            <extracomment>finding code type.wrong.list</extracomment>
            <translation>Isto deveria ser uma lista de itens ([ ... ]).</translation>
        </message>
        <message>
            <source>This answer should be a number.</source>
            <extracomment>finding code type.wrong.number</extracomment>
            <translation>Esta resposta deveria ser um número.</translation>
        </message>
        <message>
            <source>This answer should be text.</source>
            <extracomment>finding code type.wrong.string</extracomment>
            <translation>Esta resposta deveria ser texto.</translation>
        </message>
        <message>
            <source>Ombud Desktop does not know the answer "{field}". It is kept, but it is not printed on the form. Check the spelling of its name.</source>
            <extracomment>finding code unknown_field</extracomment>
            <translation>O Ombud Desktop não conhece a resposta "{field}". Ela fica guardada, mas não é impressa no formulário. Confira a grafia do nome dela.</translation>
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
            <source>You chose to send the request anyway. The Ombudsman may answer that it cannot help.</source>
            <extracomment>finding code screening.continue_anyway</extracomment>
            <translation>Você escolheu enviar o pedido mesmo assim. O Ombudsman pode responder que não pode ajudar.</translation>
        </message>
        <message>
            <source>The Ombudsman does not give legal advice, cannot overrule a USCIS decision, and only works on problems with USCIS.</source>
            <extracomment>finding code screening.limits</extracomment>
            <translation>O Ombudsman não dá orientação jurídica, não pode anular uma decisão do USCIS e só trabalha com problemas com o USCIS.</translation>
        </message>
        <message>
            <source>From your answers, the Ombudsman may be able to help. Contact USCIS first if you have not: the Ombudsman expects that you tried.</source>
            <extracomment>finding code screening.may_help</extracomment>
            <translation>Pelas suas respostas, o Ombudsman talvez possa ajudar. Se ainda não fez isso, fale primeiro com o USCIS: o Ombudsman espera que você tenha tentado.</translation>
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
            <source>My case has waited longer than USCIS's posted processing time</source>
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
            <source>USCIS's posted processing time (months)</source>
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
            <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person's written consent.</source>
            <extracomment>section submitter: intro</extracomment>
            <translation>Você pode pedir ajuda para si mesmo, ou ajudar outra pessoa a pedir. Um advogado precisa ter o Formulário G-28 registrado no USCIS; qualquer outra pessoa que ajude precisa do consentimento por escrito da pessoa.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <extracomment>submitter.role: label</extracomment>
            <translation>Quem é você?</translation>
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
            <source>The Ombudsman only talks about a case with the person, or with someone the person allowed. So it needs to know who is asking.</source>
            <extracomment>submitter.role: help</extracomment>
            <translation>O Ombudsman só fala de um caso com a própria pessoa, ou com alguém que ela autorizou. Por isso precisa saber quem está pedindo.</translation>
        </message>
        <message>
            <source>If you are an accredited representative: the name of your group and your number. It shows you may help people with USCIS cases.</source>
            <extracomment>submitter.accreditation: help</extracomment>
            <translation>Se você é representante credenciado: o nome do seu grupo e o seu número. Isso mostra que você pode ajudar pessoas com casos no USCIS.</translation>
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
            <source>So the Ombudsman can plan a call in the person's language.</source>
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
            <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person's details. Otherwise skip this page.</source>
            <extracomment>section beneficiary: intro</extracomment>
            <translation>Algumas petições são feitas para outra pessoa, como um parente ou um funcionário. Se for o caso, dê os dados dessa pessoa. Se não, pule esta página.</translation>
        </message>
        <message>
            <source>Beneficiary's first name</source>
            <extracomment>beneficiary.first_name: label</extracomment>
            <translation>Nome do beneficiário</translation>
        </message>
        <message>
            <source>The person the petition is for.</source>
            <extracomment>beneficiary.first_name: help</extracomment>
            <translation>A pessoa para quem é a petição.</translation>
        </message>
        <message>
            <source>Beneficiary's last name</source>
            <extracomment>beneficiary.last_name: label</extracomment>
            <translation>Sobrenome do beneficiário</translation>
        </message>
        <message>
            <source>As on the petition.</source>
            <extracomment>beneficiary.last_name: help</extracomment>
            <translation>Como está na petição.</translation>
        </message>
        <message>
            <source>Beneficiary's date of birth</source>
            <extracomment>beneficiary.date_of_birth: label</extracomment>
            <translation>Data de nascimento do beneficiário</translation>
        </message>
        <message>
            <source>Helps USCIS find the right person.</source>
            <extracomment>beneficiary.date_of_birth: help</extracomment>
            <translation>Ajuda o USCIS a encontrar a pessoa certa.</translation>
        </message>
        <message>
            <source>Beneficiary's A-Number (if any)</source>
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
            <source>If you never got a receipt notice, say so here, for example 'filed 5 months ago, no receipt notice yet'. The Ombudsman needs this to look for the case.</source>
            <extracomment>filings[].no_receipt_reason: help</extracomment>
            <translation>Se você nunca recebeu um aviso de recebimento, diga aqui, por exemplo “apresentado há 5 meses, ainda sem aviso de recebimento”. O Ombudsman precisa disso para procurar o caso.</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <extracomment>filings[].receipt_date: label</extracomment>
            <translation>Data de recebimento</translation>
        </message>
        <message>
            <source>The 'Received Date' on the receipt notice. We use it to count how long the case has been waiting.</source>
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
            <source>You chose 'Other': say in a few words what you asked USCIS for.</source>
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
            <source>The form's signature page, signed in ink (scan or photo)</source>
            <extracomment>documents[].category = signed_form</extracomment>
            <translation>A página de assinatura do formulário, assinada com tinta (digitalização ou foto)</translation>
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
            <source>For example 'Receipt notice for I-485'. It is printed in the list of documents.</source>
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
            <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice below first.</source>
            <extracomment>section consent: intro</extracomment>
            <translation>O Ombudsman precisa da permissão da pessoa do caso para ver os registros dela no USCIS e falar com o USCIS sobre eles. Leia primeiro o aviso da Lei de Privacidade (Privacy Act) abaixo.</translation>
        </message>
        <message>
            <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
            <extracomment>consent.agreed: label</extracomment>
            <translation>A pessoa permite que o Ombudsman obtenha as informações dela e as compartilhe com o USCIS para resolver este problema</translation>
        </message>
        <message>
            <source>The law keeps USCIS records private. The Ombudsman can only look at the case if the person says yes.</source>
            <extracomment>consent.agreed: help</extracomment>
            <translation>A lei mantém os registros do USCIS em sigilo. O Ombudsman só pode ver o caso se a pessoa disser que sim.</translation>
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
            <source>The day the person signed.</source>
            <extracomment>consent.signed_on: help</extracomment>
            <translation>O dia em que a pessoa assinou.</translation>
        </message>
        <message>
            <source>Preparer or interpreter statement</source>
            <extracomment>consent.preparer_statement: label</extracomment>
            <translation>Declaração de quem preparou ou interpretou</translation>
        </message>
        <message>
            <source>If someone else filled in this form or read it to the person, write their name and the language, for example: 'Prepared by Minh Tran, read to the subject in Vietnamese.' It shows the person understood what they signed.</source>
            <extracomment>consent.preparer_statement: help</extracomment>
            <translation>Se outra pessoa preencheu este formulário ou o leu para a pessoa, escreva o nome dela e o idioma, por exemplo: “Preparado por Minh Tran, lido para a pessoa em vietnamita.” Isso mostra que a pessoa entendeu o que assinou.</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>T and U</source>
            <translation>T e U</translation>
        </message>
        <message>
            <source>T and U are kinds of visa: T for victims of human trafficking, U for victims of certain crimes who help the police.</source>
            <translation>T e U são tipos de visto: o T para vítimas de tráfico de pessoas, o U para vítimas de certos crimes que ajudam a polícia.</translation>
        </message>
        <message>
            <source>VAWA (Violence Against Women Act): a way for people abused by a U.S. citizen or permanent resident family member to apply on their own, without the abuser.</source>
            <translation>VAWA (Lei de Violência contra a Mulher): um caminho para pessoas maltratadas por um familiar cidadão americano ou residente permanente pedirem por conta própria, sem o agressor.</translation>
        </message>
        <message>
            <source>asylee, refugee</source>
            <translation>asilado, refugiado</translation>
        </message>
        <message>
            <source>A refugee was given protection before coming to the United States; an asylee asked for it (asylum) after arriving. Both fear harm in their home country.</source>
            <translation>Um refugiado recebeu proteção antes de vir para os Estados Unidos; um asilado pediu (asilo) depois de chegar. Os dois temem sofrer dano no país de origem.</translation>
        </message>
        <message>
            <source>InfoPass is the old name of an in-person appointment at a USCIS office, made through the USCIS Contact Center.</source>
            <translation>InfoPass é o nome antigo de um atendimento presencial num escritório do USCIS, marcado pelo Centro de Contato do USCIS.</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website for asking about a case, for example when it is past the normal processing time. USCIS answers by email.</source>
            <translation>Um e-Request é um formulário no site do USCIS para perguntar sobre um caso, por exemplo quando já passou o tempo normal de processamento. O USCIS responde por e-mail.</translation>
        </message>
        <message>
            <source>Form G-28 is the form a lawyer or accredited representative signs with the person to show USCIS and the Ombudsman that they represent them.</source>
            <translation>O formulário G-28 é o que um advogado ou representante credenciado assina com a pessoa para mostrar ao USCIS e ao Ombudsman que a representa.</translation>
        </message>
        <message>
            <source>beneficiary, petitioner</source>
            <translation>beneficiário, peticionário</translation>
        </message>
        <message>
            <source>The petitioner files a petition for someone else (a relative, a worker); that person is the beneficiary.</source>
            <translation>O peticionário faz uma petição para outra pessoa (um parente, um trabalhador); essa pessoa é o beneficiário.</translation>
        </message>
        <message>
            <source>accredited representative</source>
            <translation>representante credenciado</translation>
        </message>
        <message>
            <source>An accredited representative is not a lawyer but is allowed by the Justice Department to give immigration legal help, working for a recognized nonprofit organization.</source>
            <translation>Um representante credenciado não é advogado, mas o Departamento de Justiça permite que ele dê ajuda jurídica de imigração trabalhando para uma organização sem fins lucrativos reconhecida.</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>número de recibo</translation>
        </message>
        <message>
            <source>The receipt number is on the notice USCIS sent after getting an application: three letters and ten digits, for example IOE0912345678.</source>
            <translation>O número de recibo está no aviso que o USCIS mandou ao receber um pedido: três letras e dez números, por exemplo IOE0912345678.</translation>
        </message>
        <message>
            <source>The A-Number (Alien Registration Number) is the person's own USCIS number: an A and 8 or 9 digits, on a green card, work permit or USCIS notices.</source>
            <translation>O A-Number (número de registro de estrangeiro) é o número próprio da pessoa no USCIS: um A e 8 ou 9 números, no green card, na autorização de trabalho ou nos avisos do USCIS.</translation>
        </message>
        <message>
            <source>“ex.” means “for example”.</source>
            <translation>“ex.” quer dizer “por exemplo”.</translation>
        </message>
    </context>
    <context>
        <name>pdf_printing</name>
        <message>
            <source>The packet could not be opened for printing. Make the package again.</source>
            <translation>Não foi possível abrir o pacote para imprimir. Monte o pacote de novo.</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>Imprimir o pacote para o correio</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is on and try again.</source>
            <translation>Não foi possível iniciar a impressora. Confira se ela está ligada e tente de novo.</translation>
        </message>
        <message>
            <source>Printing was cancelled. Pages already sent to the printer may still print.</source>
            <translation>A impressão foi cancelada. As páginas já enviadas à impressora ainda podem ser impressas.</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Imprimindo</translation>
        </message>
        <message>
            <source>Printing page {page} of {total}…</source>
            <translation>Imprimindo a página {page} de {total}…</translation>
        </message>
        <message>
            <source>A page could not be prepared for printing. Make the package again.</source>
            <translation>Não foi possível preparar uma página para imprimir. Monte o pacote de novo.</translation>
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
            <translation>Alasca</translation>
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
            <translation>Califórnia</translation>
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
            <translation>Distrito de Colúmbia</translation>
        </message>
        <message>
            <source>Florida</source>
            <extracomment>US state or territory FL (postal code)</extracomment>
            <translation>Flórida</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>US state or territory GA (postal code)</extracomment>
            <translation>Geórgia</translation>
        </message>
        <message>
            <source>Hawaii</source>
            <extracomment>US state or territory HI (postal code)</extracomment>
            <translation>Havaí</translation>
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
            <translation>Nova Hampshire</translation>
        </message>
        <message>
            <source>New Jersey</source>
            <extracomment>US state or territory NJ (postal code)</extracomment>
            <translation>Nova Jersey</translation>
        </message>
        <message>
            <source>New Mexico</source>
            <extracomment>US state or territory NM (postal code)</extracomment>
            <translation>Novo México</translation>
        </message>
        <message>
            <source>New York</source>
            <extracomment>US state or territory NY (postal code)</extracomment>
            <translation>Nova York</translation>
        </message>
        <message>
            <source>North Carolina</source>
            <extracomment>US state or territory NC (postal code)</extracomment>
            <translation>Carolina do Norte</translation>
        </message>
        <message>
            <source>North Dakota</source>
            <extracomment>US state or territory ND (postal code)</extracomment>
            <translation>Dakota do Norte</translation>
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
            <translation>Pensilvânia</translation>
        </message>
        <message>
            <source>Rhode Island</source>
            <extracomment>US state or territory RI (postal code)</extracomment>
            <translation>Rhode Island</translation>
        </message>
        <message>
            <source>South Carolina</source>
            <extracomment>US state or territory SC (postal code)</extracomment>
            <translation>Carolina do Sul</translation>
        </message>
        <message>
            <source>South Dakota</source>
            <extracomment>US state or territory SD (postal code)</extracomment>
            <translation>Dakota do Sul</translation>
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
            <translation>Virgínia</translation>
        </message>
        <message>
            <source>Washington</source>
            <extracomment>US state or territory WA (postal code)</extracomment>
            <translation>Washington</translation>
        </message>
        <message>
            <source>West Virginia</source>
            <extracomment>US state or territory WV (postal code)</extracomment>
            <translation>Virgínia Ocidental</translation>
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
            <translation>Samoa Americana</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>US state or territory GU (postal code)</extracomment>
            <translation>Guam</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>US state or territory MP (postal code)</extracomment>
            <translation>Ilhas Marianas do Norte</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>US state or territory PR (postal code)</extracomment>
            <translation>Porto Rico</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <extracomment>US state or territory VI (postal code)</extracomment>
            <translation>Ilhas Virgens Americanas</translation>
        </message>
        <message>
            <source>U.S. Minor Outlying Islands</source>
            <extracomment>US state or territory UM (postal code)</extracomment>
            <translation>Ilhas Menores Distantes dos Estados Unidos</translation>
        </message>
        <message>
            <source>Federated States of Micronesia</source>
            <extracomment>US state or territory FM (postal code)</extracomment>
            <translation>Estados Federados da Micronésia</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>US state or territory MH (postal code)</extracomment>
            <translation>Ilhas Marshall</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>US state or territory PW (postal code)</extracomment>
            <translation>Palau</translation>
        </message>
        <message>
            <source>Armed Forces Americas (AA)</source>
            <extracomment>US state or territory AA (postal code)</extracomment>
            <translation>Forças Armadas: Américas (AA)</translation>
        </message>
        <message>
            <source>Armed Forces Europe, Middle East, Africa, Canada (AE)</source>
            <extracomment>US state or territory AE (postal code)</extracomment>
            <translation>Forças Armadas: Europa, Oriente Médio, África, Canadá (AE)</translation>
        </message>
        <message>
            <source>Armed Forces Pacific (AP)</source>
            <extracomment>US state or territory AP (postal code)</extracomment>
            <translation>Forças Armadas: Pacífico (AP)</translation>
        </message>
    </context>
</TS>
