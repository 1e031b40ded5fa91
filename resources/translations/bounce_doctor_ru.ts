<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
    <context>
        <name>BounceView</name>
        <message>
            <source>The bounce</source>
            <translation>Уведомление о недоставке</translation>
        </message>
        <message>
            <source>The bounced message as it was received, with its findings highlighted</source>
            <translation>Уведомление о недоставке в том виде, в каком оно пришло, с выделенными находками</translation>
        </message>
        <message>
            <source>Click to open %1 in the code reference</source>
            <translation>Нажмите, чтобы открыть %1 в справочнике кодов</translation>
        </message>
    </context>
    <context>
        <name>DiagnosisPanel</name>
        <message>
            <source>Diagnosis</source>
            <translation>Диагноз</translation>
        </message>
        <message>
            <source>What happened, who has to act, and what to do</source>
            <translation>Что случилось, кому действовать и что делать</translation>
        </message>
        <message>
            <source>Each recipient has its own section below.</source>
            <translation>Ниже — отдельный раздел для каждого получателя.</translation>
        </message>
        <message numerus="yes">
            <source>Your message was not delivered to %n of its recipients.</source>
            <translation>
                <numerusform>Ваше письмо не доставлено %n получателю.</numerusform>
                <numerusform>Ваше письмо не доставлено %n получателям.</numerusform>
                <numerusform>Ваше письмо не доставлено %n получателям.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your message is delayed for %n recipients. The server is still trying.</source>
            <translation>
                <numerusform>Доставка вашего письма задерживается для %n получателя. Сервер ещё пытается.</numerusform>
                <numerusform>Доставка вашего письма задерживается для %n получателей. Сервер ещё пытается.</numerusform>
                <numerusform>Доставка вашего письма задерживается для %n получателей. Сервер ещё пытается.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your message has a delivery problem with %n recipients.</source>
            <translation>
                <numerusform>С доставкой вашего письма проблема у %n получателя.</numerusform>
                <numerusform>С доставкой вашего письма проблема у %n получателей.</numerusform>
                <numerusform>С доставкой вашего письма проблема у %n получателей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Recipient %1:</source>
            <translation>Получатель %1:</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <source>Typed as</source>
            <translation>Набрано как</translation>
        </message>
        <message>
            <source>Who has to act</source>
            <translation>Кому действовать</translation>
        </message>
        <message>
            <source>Resend?</source>
            <translation>Отправлять снова?</translation>
        </message>
        <message>
            <source>(inferred: the bounce gives no code)</source>
            <translation>(предположение: в уведомлении нет кода)</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Коды</translation>
        </message>
        <message>
            <source>(the general meaning of the code’s class)</source>
            <translation>(общее значение класса кода)</translation>
        </message>
        <message>
            <source>Open in reference</source>
            <translation>Открыть в справочнике</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Что это значит</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Что делать</translation>
        </message>
        <message>
            <source>Hide the details for the helpdesk</source>
            <translation>Скрыть подробности для службы поддержки</translation>
        </message>
        <message>
            <source>Details for the helpdesk</source>
            <translation>Подробности для службы поддержки</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Сообщил сервер</translation>
        </message>
        <message>
            <source>Refused by</source>
            <translation>Отказал сервер</translation>
        </message>
        <message>
            <source>show in the bounce</source>
            <translation>показать в уведомлении</translation>
        </message>
        <message>
            <source>Server’s reply</source>
            <translation>Ответ сервера</translation>
        </message>
        <message>
            <source>Failed at</source>
            <translation>Ошибка на шаге</translation>
        </message>
        <message>
            <source>the SMTP %1 command</source>
            <translation>команда SMTP %1</translation>
        </message>
        <message>
            <source> (a hard bounce: the address itself is bad)</source>
            <translation> (жёсткий отказ: плох сам адрес)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Последняя попытка</translation>
        </message>
        <message>
            <source>Retrying until</source>
            <translation>Попытки до</translation>
        </message>
        <message>
            <source>Received by the server</source>
            <translation>Получено сервером</translation>
        </message>
        <message>
            <source>Bounce sent</source>
            <translation>Уведомление отправлено</translation>
        </message>
        <message>
            <source>Queue ID</source>
            <translation>Номер в очереди</translation>
        </message>
        <message>
            <source>Original Message-ID</source>
            <translation>Message-ID исходного письма</translation>
        </message>
        <message>
            <source>Originally sent</source>
            <translation>Исходное письмо отправлено</translation>
        </message>
        <message>
            <source>Original subject</source>
            <translation>Тема исходного письма</translation>
        </message>
        <message>
            <source>Bounce Message-ID</source>
            <translation>Message-ID уведомления</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Что проверить</translation>
        </message>
        <message>
            <source>References:</source>
            <translation>Источники:</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Feedback type</source>
            <translation>Тип жалобы</translation>
        </message>
        <message>
            <source>Your message was delivered; the person’s mail program answered by itself. Read the reply for when they are back or whom to contact instead. There is nothing to resend.</source>
            <translation>Ваше письмо доставлено, а почтовая программа человека ответила сама. Прочтите ответ: там обычно сказано, когда человек вернётся или к кому обратиться вместо него. Отправлять письмо снова не нужно.</translation>
        </message>
        <message>
            <source>Stop sending this kind of message to that recipient, and make sure everyone on your list asked to receive it. Many complaints can get your mail blocked.</source>
            <translation>Больше не отправляйте такие письма этому получателю и убедитесь, что все в вашем списке рассылки сами согласились их получать. Из-за множества жалоб вашу почту могут заблокировать.</translation>
        </message>
        <message>
            <source>If you expected a bounce, open the message that says “Undeliverable” or “Mail delivery failed” and save or copy that one.</source>
            <translation>Если вы ждали уведомление о недоставке, откройте письмо со словами «Undeliverable», «Mail delivery failed» или «Не доставлено» и сохраните или скопируйте именно его.</translation>
        </message>
    </context>
    <context>
        <name>DropArea</name>
        <message>
            <source>Dropped text</source>
            <translation>Перетащенный текст</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Drop a bounce here</source>
            <translation>Перетащите сюда уведомление о недоставке</translation>
        </message>
        <message>
            <source>What went wrong</source>
            <translation>Что пошло не так</translation>
        </message>
        <message>
            <source>Drop a bounced email here, or copy its text and paste it with %1. You can also open a saved .eml, .msg, .txt or mbox file.</source>
            <translation>Перетащите сюда письмо о недоставке или скопируйте его текст и вставьте сочетанием %1. Можно также открыть сохранённый файл .eml, .msg, .txt или mbox.</translation>
        </message>
        <message>
            <source>Everything stays on this computer: nothing is sent anywhere.</source>
            <translation>Всё остаётся на этом компьютере: ничего никуда не отправляется.</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Вставить</translation>
        </message>
        <message>
            <source>&amp;Open a file…</source>
            <translation>&amp;Открыть файл…</translation>
        </message>
        <message>
            <source>&amp;Try a sample</source>
            <translation>&amp;Попробовать пример</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Opened messages</source>
            <translation>Открытые письма</translation>
        </message>
        <message>
            <source>%1 (not read)</source>
            <translation>%1 (не прочитано)</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>Colour legend</source>
            <translation>Обозначения цветов</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <source>Server’s reply</source>
            <translation>Ответ сервера</translation>
        </message>
        <message>
            <source>Mail server</source>
            <translation>Почтовый сервер</translation>
        </message>
        <message>
            <source>Header name</source>
            <translation>Имя заголовка</translation>
        </message>
        <message>
            <source>Header value</source>
            <translation>Значение заголовка</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <source>&amp;Paste a bounce</source>
            <translation>В&amp;ставить уведомление</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>Copy &amp;diagnosis</source>
            <translation>Копировать &amp;диагноз</translation>
        </message>
        <message>
            <source>&amp;Find a code…</source>
            <translation>&amp;Найти код…</translation>
        </message>
        <message>
            <source>&amp;Diagnosis</source>
            <translation>&amp;Диагноз</translation>
        </message>
        <message>
            <source>Code &amp;reference</source>
            <translation>&amp;Справочник кодов</translation>
        </message>
        <message>
            <source>&amp;About Bounce Doctor</source>
            <translation>&amp;О программе Bounce Doctor</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Недавние файлы</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Try a sample</source>
            <translation>&amp;Попробовать пример</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Как в системе</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Светлая</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Тёмная</translation>
        </message>
        <message>
            <source>&amp;System language</source>
            <translation>&amp;Язык системы</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Чтение</translation>
        </message>
        <message>
            <source>%1 — Bounce Doctor</source>
            <translation>%1 — Bounce Doctor</translation>
        </message>
        <message>
            <source>Pasted text</source>
            <translation>Вставленный текст</translation>
        </message>
        <message>
            <source>Bounce Doctor</source>
            <translation>Bounce Doctor</translation>
        </message>
        <message>
            <source>There is nothing to paste</source>
            <translation>Нечего вставить</translation>
        </message>
        <message>
            <source>The clipboard holds no text. Open the bounce in your mail program, select all its text (or view its source), copy it, and paste again.</source>
            <translation>В буфере обмена нет текста. Откройте уведомление о недоставке в почтовой программе, выделите весь его текст (или откройте исходный текст письма), скопируйте и вставьте снова.</translation>
        </message>
        <message>
            <source>Open a bounce</source>
            <translation>Открыть уведомление о недоставке</translation>
        </message>
        <message>
            <source>Email files (*.eml *.msg *.txt *.mbox *.mbx);;All files (*)</source>
            <translation>Файлы писем (*.eml *.msg *.txt *.mbox *.mbx);;Все файлы (*)</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Недавних файлов нет</translation>
        </message>
        <message>
            <source>&amp;Clear the list</source>
            <translation>&amp;Очистить список</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Читаю %1…</translation>
        </message>
        <message>
            <source>%1 (reading…)</source>
            <translation>%1 (читаю…)</translation>
        </message>
        <message>
            <source>“%1” could not be read as an email</source>
            <translation>«%1» не удалось прочитать как письмо</translation>
        </message>
        <message>
            <source>Try this: in your mail program, save the bounce as a file (.eml) and drop it here, or open it, select all its text, copy and paste it here.</source>
            <translation>Попробуйте так: в почтовой программе сохраните уведомление как файл (.eml) и перетащите его сюда или откройте уведомление, выделите весь текст, скопируйте и вставьте сюда.</translation>
        </message>
        <message>
            <source>The diagnosis is on the clipboard.</source>
            <translation>Диагноз скопирован в буфер обмена.</translation>
        </message>
        <message>
            <source>About Bounce Doctor</source>
            <translation>О программе Bounce Doctor</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Bounce Doctor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Explains bounced emails in plain language. Everything happens on this computer.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Bounce Doctor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Простыми словами объясняет, почему письмо не дошло. Всё происходит на этом компьютере.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ReferenceModel</name>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Reply code</source>
            <translation>Код ответа</translation>
        </message>
        <message>
            <source>Enhanced code</source>
            <translation>Расширенный код</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Поставщик</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Client reply</source>
            <translation>Ошибка программы</translation>
        </message>
        <message>
            <source>success</source>
            <translation>успех</translation>
        </message>
        <message>
            <source>temporary</source>
            <translation>временная</translation>
        </message>
        <message>
            <source>permanent</source>
            <translation>постоянная</translation>
        </message>
    </context>
    <context>
        <name>ReferenceView</name>
        <message>
            <source>Code reference</source>
            <translation>Справочник кодов</translation>
        </message>
        <message>
            <source>Search by code or words, for example 5.1.1, 550 or mailbox full</source>
            <translation>Поиск по коду или словам, например 5.1.1, 550 или ящик переполнен</translation>
        </message>
        <message>
            <source>Search the code reference</source>
            <translation>Поиск в справочнике кодов</translation>
        </message>
        <message>
            <source>Reply codes</source>
            <translation>Коды ответа</translation>
        </message>
        <message>
            <source>Enhanced codes</source>
            <translation>Расширенные коды</translation>
        </message>
        <message>
            <source>Vendor entries</source>
            <translation>Коды поставщиков</translation>
        </message>
        <message>
            <source>Success</source>
            <translation>Успех</translation>
        </message>
        <message>
            <source>Temporary</source>
            <translation>Временная</translation>
        </message>
        <message>
            <source>Permanent</source>
            <translation>Постоянная</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Тип:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Итог:</translation>
        </message>
        <message>
            <source>Catalog entries</source>
            <translation>Записи справочника</translation>
        </message>
        <message>
            <source>The chosen entry</source>
            <translation>Выбранная запись</translation>
        </message>
        <message>
            <source>%1 of %2 entries</source>
            <translation>%1 из %2 записей</translation>
        </message>
        <message>
            <source>Who has to act</source>
            <translation>Кому действовать</translation>
        </message>
        <message>
            <source>Resend?</source>
            <translation>Отправлять снова?</translation>
        </message>
        <message>
            <source>Usual reason</source>
            <translation>Обычная причина</translation>
        </message>
        <message>
            <source>Occurs as</source>
            <translation>Встречается как</translation>
        </message>
        <message>
            <source>Recognised by</source>
            <translation>Распознаётся по</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Пример</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Что делать</translation>
        </message>
        <message>
            <source>For the helpdesk</source>
            <translation>Для службы поддержки</translation>
        </message>
        <message>
            <source>References</source>
            <translation>Источники</translation>
        </message>
    </context>
    <context>
        <name>bounce_doctor.text</name>
        <message>
            <source>Not delivered</source>
            <translation>Не доставлено</translation>
        </message>
        <message>
            <source>Delayed (still trying)</source>
            <translation>Задерживается (попытки идут)</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <source>Auto-reply</source>
            <translation>Автоответ</translation>
        </message>
        <message>
            <source>Spam complaint</source>
            <translation>Жалоба на спам</translation>
        </message>
        <message>
            <source>Not a bounce</source>
            <translation>Не уведомление о недоставке</translation>
        </message>
        <message>
            <source>you, the sender</source>
            <translation>вам, отправителю</translation>
        </message>
        <message>
            <source>your IT department or mail provider</source>
            <translation>вашему ИТ-отделу или почтовому провайдеру</translation>
        </message>
        <message>
            <source>the person you wrote to</source>
            <translation>человеку, которому вы писали</translation>
        </message>
        <message>
            <source>the recipient's mail administrator</source>
            <translation>администратору почты получателя</translation>
        </message>
        <message>
            <source>a blocklist operator</source>
            <translation>владельцу чёрного списка</translation>
        </message>
        <message>
            <source>nobody: wait</source>
            <translation>никому: подождите</translation>
        </message>
        <message>
            <source>No: not to this address</source>
            <translation>Нет: не на этот адрес</translation>
        </message>
        <message>
            <source>Yes, after fixing the cause</source>
            <translation>Да, после устранения причины</translation>
        </message>
        <message>
            <source>Yes, later</source>
            <translation>Да, позже</translation>
        </message>
        <message>
            <source>No need: the server keeps trying</source>
            <translation>Не нужно: сервер сам продолжает попытки</translation>
        </message>
        <message>
            <source>that address does not exist</source>
            <translation>такого адреса нет</translation>
        </message>
        <message>
            <source>the domain after the @ does not exist or takes no mail</source>
            <translation>домена после @ нет, или он не принимает почту</translation>
        </message>
        <message>
            <source>that address has moved and is no longer used</source>
            <translation>адрес сменился и больше не используется</translation>
        </message>
        <message>
            <source>the recipient's mailbox is full</source>
            <translation>ящик получателя переполнен</translation>
        </message>
        <message>
            <source>the message is too large</source>
            <translation>письмо слишком большое</translation>
        </message>
        <message>
            <source>the recipient's account is suspended or disabled</source>
            <translation>учётная запись получателя приостановлена или отключена</translation>
        </message>
        <message>
            <source>the server refused to pass the message on (relaying denied)</source>
            <translation>сервер отказался передать письмо дальше (пересылка запрещена)</translation>
        </message>
        <message>
            <source>the sender's domain failed an authentication check (SPF, DKIM or DMARC)</source>
            <translation>домен отправителя не прошёл проверку подлинности (SPF, DKIM или DMARC)</translation>
        </message>
        <message>
            <source>the sending server was blocked</source>
            <translation>отправляющий сервер заблокирован</translation>
        </message>
        <message>
            <source>the sending server has a poor reputation</source>
            <translation>у отправляющего сервера плохая репутация</translation>
        </message>
        <message>
            <source>it was taken for spam</source>
            <translation>его приняли за спам</translation>
        </message>
        <message>
            <source>a virus was found in it</source>
            <translation>в нём нашли вирус</translation>
        </message>
        <message>
            <source>a filter at the recipient's side refused it</source>
            <translation>его отклонил фильтр на стороне получателя</translation>
        </message>
        <message>
            <source>the sender address was refused</source>
            <translation>адрес отправителя отклонён</translation>
        </message>
        <message>
            <source>the sending server has no valid reverse DNS name</source>
            <translation>у отправляющего сервера нет правильного обратного DNS-имени</translation>
        </message>
        <message>
            <source>it broke a policy of the receiving server</source>
            <translation>оно нарушило правила принимающего сервера</translation>
        </message>
        <message>
            <source>its content or format was refused</source>
            <translation>его содержимое или формат отклонены</translation>
        </message>
        <message>
            <source>it does not follow the email standards</source>
            <translation>оно не соответствует стандартам электронной почты</translation>
        </message>
        <message>
            <source>a security check failed</source>
            <translation>проверка безопасности не пройдена</translation>
        </message>
        <message>
            <source>the receiving server had an error</source>
            <translation>на принимающем сервере произошла ошибка</translation>
        </message>
        <message>
            <source>the receiving server is out of space</source>
            <translation>на принимающем сервере кончилось место</translation>
        </message>
        <message>
            <source>the receiving server could not be reached</source>
            <translation>не удалось связаться с принимающим сервером</translation>
        </message>
        <message>
            <source>the server gave up after trying for too long</source>
            <translation>сервер прекратил попытки: они шли слишком долго</translation>
        </message>
        <message>
            <source>too much mail was sent too fast</source>
            <translation>слишком много писем отправлено слишком быстро</translation>
        </message>
        <message>
            <source>the servers did not understand each other</source>
            <translation>серверы не поняли друг друга</translation>
        </message>
        <message>
            <source>the domain accepts no mail at all</source>
            <translation>домен вообще не принимает почту</translation>
        </message>
        <message>
            <source>a secure (TLS) connection could not be made</source>
            <translation>не удалось установить защищённое (TLS) соединение</translation>
        </message>
        <message>
            <source>the mail program at the recipient's side failed</source>
            <translation>сбой почтовой программы на стороне получателя</translation>
        </message>
        <message>
            <source>the address is on a do-not-send list</source>
            <translation>адрес в списке «не отправлять»</translation>
        </message>
        <message>
            <source>the reason is unclear</source>
            <translation>причина неясна</translation>
        </message>
        <message>
            <source>the reason is not given</source>
            <translation>причина не указана</translation>
        </message>
        <message>
            <source>it was delivered</source>
            <translation>оно доставлено</translation>
        </message>
        <message>
            <source>this is an automatic reply</source>
            <translation>это автоматический ответ</translation>
        </message>
        <message>
            <source>a recipient reported it as spam</source>
            <translation>получатель пожаловался на него как на спам</translation>
        </message>
        <message>
            <source>This message is not a bounce: it does not report a delivery problem.</source>
            <translation>Это письмо не уведомление о недоставке: в нём нет сообщения о проблеме с доставкой.</translation>
        </message>
        <message>
            <source>This is an automatic reply (such as an out-of-office message), not a delivery failure.</source>
            <translation>Это автоматический ответ (например, «нахожусь в отпуске»), а не ошибка доставки.</translation>
        </message>
        <message>
            <source>This is a spam complaint: a recipient marked a message as spam, and their provider reported it.</source>
            <translation>Это жалоба на спам: получатель отметил письмо как спам, и его почтовый провайдер сообщил об этом.</translation>
        </message>
        <message>
            <source>Your message is delayed: the server is still trying to deliver it.</source>
            <translation>Доставка вашего письма задерживается: сервер ещё пытается его доставить.</translation>
        </message>
        <message>
            <source>Your message was not delivered, but the bounce does not say to whom or why.</source>
            <translation>Ваше письмо не доставлено, но в уведомлении не сказано, кому и почему.</translation>
        </message>
        <message>
            <source>Your message to {address} is delayed: {why}. The server is still trying.</source>
            <translation>Доставка вашего письма на {address} задерживается: {why}. Сервер ещё пытается.</translation>
        </message>
        <message>
            <source>Your message to {address} is delayed. The server is still trying.</source>
            <translation>Доставка вашего письма на {address} задерживается. Сервер ещё пытается.</translation>
        </message>
        <message>
            <source>Your message to {address} was delivered.</source>
            <translation>Ваше письмо на {address} доставлено.</translation>
        </message>
        <message>
            <source>Your message to {address} was not delivered: {why}.</source>
            <translation>Ваше письмо на {address} не доставлено: {why}.</translation>
        </message>
        <message>
            <source>Your message to {address} was not delivered.</source>
            <translation>Ваше письмо на {address} не доставлено.</translation>
        </message>
        <message>
            <source>Recipient {n}: {address}</source>
            <translation>Получатель {n}: {address}</translation>
        </message>
        <message>
            <source> (typed as {address})</source>
            <translation> (набрано как {address})</translation>
        </message>
        <message>
            <source>none in the bounce</source>
            <translation>в уведомлении их нет</translation>
        </message>
        <message>
            <source>Codes: {codes}</source>
            <translation>Коды: {codes}</translation>
        </message>
        <message>
            <source>Server's reply: {text}</source>
            <translation>Ответ сервера: {text}</translation>
        </message>
        <message>
            <source>Refused by: {server}</source>
            <translation>Отказал сервер: {server}</translation>
        </message>
        <message>
            <source> (the address itself is bad)</source>
            <translation> (плох сам адрес)</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Причина: {reason}</translation>
        </message>
        <message>
            <source> [general meaning of the code's class]</source>
            <translation> [общее значение класса кода]</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Что делать:</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Примечание: {text}</translation>
        </message>
        <message>
            <source>Reported by: {server}</source>
            <translation>Сообщил сервер: {server}</translation>
        </message>
        <message>
            <source>Did you mean {address}? ({why})</source>
            <translation>Может быть, вы имели в виду {address}? ({why})</translation>
        </message>
        <message>
            <source>Who has to act: {who}.</source>
            <translation>Кому действовать: {who}.</translation>
        </message>
        <message>
            <source>Resend: {text}</source>
            <translation>Отправлять снова: {text}</translation>
        </message>
        <message>
            <source>Warning: your account may be sending spam; your provider has blocked it from sending.</source>
            <translation>Внимание: возможно, с вашей учётной записи рассылается спам; провайдер запретил ей отправлять почту.</translation>
        </message>
        <message>
            <source>Change your password first:</source>
            <translation>Сначала смените пароль:</translation>
        </message>
        <message>
            <source>You probably did not send this message: this bounce is backscatter (your address was forged).</source>
            <translation>Скорее всего, вы не отправляли это письмо: это ложное уведомление (backscatter), ваш адрес подделали.</translation>
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <source>Not yet translated; shown in English.</source>
            <translation>Ещё не переведено, показано на английском.</translation>
        </message>
    </context>
    <context>
        <name>mime_input</name>
        <message>
            <source>Dropped message</source>
            <translation>Перетащенное письмо</translation>
        </message>
    </context>
    <context>
        <name>samples</name>
        <message>
            <source>A wrong address</source>
            <translation>Неверный адрес</translation>
        </message>
        <message>
            <source>A full mailbox</source>
            <translation>Переполненный ящик</translation>
        </message>
        <message>
            <source>A spam block</source>
            <translation>Блокировка как спама</translation>
        </message>
        <message>
            <source>A delay warning</source>
            <translation>Предупреждение о задержке</translation>
        </message>
        <message>
            <source>An Exchange NDR</source>
            <translation>Уведомление Exchange</translation>
        </message>
        <message>
            <source>Several recipients</source>
            <translation>Несколько получателей</translation>
        </message>
        <message>
            <source>An authentication failure</source>
            <translation>Ошибка проверки подлинности</translation>
        </message>
        <message>
            <source>An auto-reply</source>
            <translation>Автоответ</translation>
        </message>
        <message>
            <source>An ordinary email</source>
            <translation>Обычное письмо</translation>
        </message>
    </context>
</TS>