<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuthSummary</name>
    <message>
        <source>pass</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>не пройдена</translation>
    </message>
    <message>
        <source>soft fail</source>
        <translation>мягкий отказ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>нейтрально</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>temporary error</source>
        <translation>временная ошибка</translation>
    </message>
    <message>
        <source>permanent error</source>
        <translation>постоянная ошибка</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>по правилам</translation>
    </message>
    <message>
        <source>show</source>
        <translation>показать</translation>
    </message>
    <message>
        <source>aligned with From</source>
        <translation>совпадает с доменом отправителя (From)</translation>
    </message>
    <message>
        <source>not aligned with From</source>
        <translation>не совпадает с доменом отправителя (From)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>для %1</translation>
    </message>
    <message>
        <source>selector %1</source>
        <translation>селектор %1</translation>
    </message>
    <message>
        <source>checked at hop %1 (%2)</source>
        <translation>проверено на шаге %1 (%2)</translation>
    </message>
    <message>
        <source>checked at hop %1</source>
        <translation>проверено на шаге %1</translation>
    </message>
    <message>
        <source>checked by %1</source>
        <translation>проверил %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <source>No headers were found in this message.</source>
        <translation>В этом письме не найдено заголовков.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Проверка подлинности</translation>
    </message>
    <message>
        <source>(From domain %1)</source>
        <translation>(домен отправителя %1)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>signed by %1 (selector %2); no server recorded the result</source>
        <translation>подписано %1 (селектор %2); ни один сервер не записал результат проверки</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Совпадение доменов</translation>
    </message>
    <message>
        <source>SPF or DKIM passed for the From domain, as DMARC requires</source>
        <translation>SPF или DKIM пройдены для домена отправителя, как требует DMARC</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed for the From domain, so DMARC cannot pass</source>
        <translation>Ни SPF, ни DKIM не пройдены для домена отправителя, поэтому DMARC не может быть пройден</translation>
    </message>
    <message>
        <source>Spam filters</source>
        <translation>Спам-фильтры</translation>
    </message>
</context>
<context>
    <name>BatchCharts</name>
    <message>
        <source>Over time (UTC), per day</source>
        <translation>По времени (UTC), по дням</translation>
    </message>
    <message>
        <source>Over time (UTC), per week</source>
        <translation>По времени (UTC), по неделям</translation>
    </message>
    <message>
        <source>Over time (UTC), per month</source>
        <translation>По времени (UTC), по месяцам</translation>
    </message>
    <message>
        <source>Over time (UTC), per year</source>
        <translation>По времени (UTC), по годам</translation>
    </message>
    <message>
        <source>Failed recipients by reason</source>
        <translation>Недоставленные получатели по причинам</translation>
    </message>
    <message>
        <source>By recipient domain</source>
        <translation>По домену получателя</translation>
    </message>
    <message>
        <source>The charts need Qt Charts (the PySide6-Addons package), which is not installed.</source>
        <translation>Для графиков нужен модуль Qt Charts (пакет PySide6-Addons), а он не установлен.</translation>
    </message>
    <message>
        <source>Recipients: %1</source>
        <translation>Получателей: %1</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>all others</source>
        <translation>все остальные</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Message</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Дата (UTC)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Кому действовать</translation>
    </message>
    <message>
        <source>Permanent?</source>
        <translation>Навсегда?</translation>
    </message>
    <message>
        <source>You (sender)</source>
        <translation>Вам (отправителю)</translation>
    </message>
    <message>
        <source>Your IT / provider</source>
        <translation>Вашему ИТ-отделу или провайдеру</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Получателю</translation>
    </message>
    <message>
        <source>Recipient&apos;s admin</source>
        <translation>Администратору получателя</translation>
    </message>
    <message>
        <source>A blocklist</source>
        <translation>Чёрному списку</translation>
    </message>
    <message>
        <source>Nobody: wait</source>
        <translation>Никому: ждать</translation>
    </message>
    <message>
        <source>Address does not exist</source>
        <translation>Адреса нет</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>Домена нет</translation>
    </message>
    <message>
        <source>Address has moved</source>
        <translation>Адрес сменился</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Ящик переполнен</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Превышен размер</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Ящик отключён</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Пересылка запрещена</translation>
    </message>
    <message>
        <source>SPF/DKIM/DMARC failed</source>
        <translation>Сбой SPF/DKIM/DMARC</translation>
    </message>
    <message>
        <source>Sending server blocked</source>
        <translation>Блокировка отправки</translation>
    </message>
    <message>
        <source>Poor reputation</source>
        <translation>Плохая репутация</translation>
    </message>
    <message>
        <source>Taken for spam</source>
        <translation>Принято за спам</translation>
    </message>
    <message>
        <source>Virus found</source>
        <translation>Найден вирус</translation>
    </message>
    <message>
        <source>Refused by a filter</source>
        <translation>Отклонено фильтром</translation>
    </message>
    <message>
        <source>Sender refused</source>
        <translation>Отправитель отклонён</translation>
    </message>
    <message>
        <source>No reverse DNS</source>
        <translation>Нет обратного DNS</translation>
    </message>
    <message>
        <source>Against server policy</source>
        <translation>Против правил сервера</translation>
    </message>
    <message>
        <source>Content refused</source>
        <translation>Содержимое отклонено</translation>
    </message>
    <message>
        <source>Breaks email standards</source>
        <translation>Нарушает стандарты</translation>
    </message>
    <message>
        <source>Security check failed</source>
        <translation>Проверка не пройдена</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <source>Server out of space</source>
        <translation>Сервер переполнен</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Сервер недоступен</translation>
    </message>
    <message>
        <source>Retried too long</source>
        <translation>Истёк срок попыток</translation>
    </message>
    <message>
        <source>Sent too fast</source>
        <translation>Частая отправка</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Ошибка протокола</translation>
    </message>
    <message>
        <source>Domain takes no mail</source>
        <translation>Домен не берёт почту</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>Сбой TLS</translation>
    </message>
    <message>
        <source>Mail program failed</source>
        <translation>Сбой программы почты</translation>
    </message>
    <message>
        <source>On a do-not-send list</source>
        <translation>В списке запрета</translation>
    </message>
    <message>
        <source>Reply not recognised</source>
        <translation>Ответ не распознан</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Причина не указана</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Автоответ</translation>
    </message>
    <message>
        <source>Reported as spam</source>
        <translation>Жалоба на спам</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Неясно</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Не сказано</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Навсегда</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Временно</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>Filter by address, domain, code, reason or message…</source>
        <translation>Отбор по адресу, домену, коду, причине или письму…</translation>
    </message>
    <message>
        <source>Filter the recipients</source>
        <translation>Отбор получателей</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Все причины</translation>
    </message>
    <message>
        <source>Permanent or temporary</source>
        <translation>Навсегда или временно</translation>
    </message>
    <message>
        <source>Permanent and temporary</source>
        <translation>Навсегда и временно</translation>
    </message>
    <message>
        <source>Permanent only</source>
        <translation>Только навсегда</translation>
    </message>
    <message>
        <source>Temporary only</source>
        <translation>Только временно</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Не сказано</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Failed recipients</source>
        <translation>Недоставленные получатели</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>осталось %1 с</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>осталось %1 мин</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 из %2 сообщений</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n получатель</numerusform>
            <numerusform>%n получателя</numerusform>
            <numerusform>%n получателей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 recipients</source>
        <translation>%1 из %2 получателей</translation>
    </message>
</context>
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
    <name>ConsentDialog</name>
    <message>
        <source>Check live — Bounce Doctor</source>
        <translation>Проверка по сети — Bounce Doctor</translation>
    </message>
    <message>
        <source>Bounce Doctor will look up these names in the DNS, through your system&apos;s resolver (the DNS server this computer uses). Only the names below are sent, nothing of the message itself. The diagnosis does not change: the answers are shown apart from it.</source>
        <translation>Bounce Doctor запросит эти имена в DNS через системный DNS-сервер (тот, которым пользуется этот компьютер). Отправляются только имена ниже, ничего из самого письма. Диагноз не меняется: ответы показываются отдельно от него.</translation>
    </message>
    <message>
        <source>Each look-up waits at most 3 seconds. The resolver, and the blocklists asked, can see which names and addresses were looked up.</source>
        <translation>Каждый запрос ждёт ответа не больше 3 секунд. DNS-сервер и опрошенные чёрные списки видят, какие имена и адреса запрашивались.</translation>
    </message>
    <message>
        <source>&amp;Always allow live checks (you can turn this off in the View menu)</source>
        <translation>&amp;Всегда разрешать проверки по сети (это можно выключить в меню «Вид»)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Names to look up</source>
        <translation>Имена для запроса</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n hops</source>
        <translation>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шага</numerusform>
            <numerusform>%n шагов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headers</source>
        <translation>
            <numerusform>%n заголовок</numerusform>
            <numerusform>%n заголовка</numerusform>
            <numerusform>%n заголовков</numerusform>
        </translation>
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
        <source>First the answers for each recipient, then what each code means.</source>
        <translation>Сначала ответы для каждого получателя, потом что значит каждый код.</translation>
    </message>
    <message>
        <source>Recipient %1 in detail: %2</source>
        <translation>Получатель %1 подробно: %2</translation>
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
        <source>(inferred: the bounce gives no code)</source>
        <translation>(предположение: в уведомлении нет кода)</translation>
    </message>
    <message>
        <source>In the headers:</source>
        <translation>В заголовках:</translation>
    </message>
    <message>
        <source>Part of this message was not read.</source>
        <translation>Часть этого письма не прочитана.</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Should I resend?</source>
        <translation>Отправить ещё раз?</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Может быть, вы имели в виду %1?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>for the recipient</source>
        <translation>получателю</translation>
    </message>
    <message>
        <source>for your IT or provider</source>
        <translation>вашему ИТ-отделу или провайдеру</translation>
    </message>
    <message>
        <source>a delisting request</source>
        <translation>просьба убрать из чёрного списка</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Написать письмо…</translation>
    </message>
    <message>
        <source>show why</source>
        <translation>почему</translation>
    </message>
    <message>
        <source>Your account may be sending spam: change your password first</source>
        <translation>Возможно, с вашей учётной записи рассылают спам: сначала смените пароль</translation>
    </message>
    <message>
        <source>The bounce says your provider stopped your account from sending.</source>
        <translation>В уведомлении сказано, что провайдер запретил вашей учётной записи отправлять письма.</translation>
    </message>
    <message>
        <source>You probably did not send this: your address was forged by someone else</source>
        <translation>Скорее всего, вы этого письма не отправляли: кто-то подделал ваш адрес</translation>
    </message>
    <message>
        <source>What to do: usually nothing.</source>
        <translation>Что делать: обычно ничего.</translation>
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
    <name>DraftDialog</name>
    <message>
        <source>The message</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>&amp;Hide personal data (addresses become domains, no subject)</source>
        <translation>&amp;Скрыть личные данные (вместо адресов — домены, без темы)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Save as .txt…</source>
        <translation>Со&amp;хранить в .txt…</translation>
    </message>
    <message>
        <source>A message for the recipient</source>
        <translation>Письмо получателю</translation>
    </message>
    <message>
        <source>A message for your IT department or provider</source>
        <translation>Письмо в ИТ-отдел или провайдеру</translation>
    </message>
    <message>
        <source>A delisting request for the blocklist</source>
        <translation>Просьба убрать из чёрного списка</translation>
    </message>
    <message>
        <source>Send this to the person you wrote to, another way than the address that failed (or after fixing it). Fill in your name.</source>
        <translation>Отправьте это человеку, которому вы писали, но не на адрес, который не сработал (или после того, как исправите его). Впишите своё имя.</translation>
    </message>
    <message>
        <source>Send this to your IT department or mail provider: it has the details they need.</source>
        <translation>Отправьте это в ваш ИТ-отдел или почтовому провайдеру: здесь есть всё, что им нужно знать.</translation>
    </message>
    <message>
        <source>Send this through the blocklist’s removal form or address, after fixing what got the server listed. Fill in the part in brackets.</source>
        <translation>Отправьте это через форму или адрес чёрного списка для удаления, когда исправите то, из-за чего сервер туда попал. Заполните часть в скобках.</translation>
    </message>
    <message>
        <source>%1 — Bounce Doctor</source>
        <translation>%1 — Bounce Doctor</translation>
    </message>
    <message>
        <source>The message is on the clipboard.</source>
        <translation>Текст письма скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Не удалось сохранить «%1»: %2</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Сохранено в «%1».</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Сохранить письмо</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Bounce Doctor cannot read this as it is: drop it to see why.</source>
        <translation>Bounce Doctor не может прочитать это в таком виде: отпустите, чтобы узнать почему.</translation>
    </message>
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
    <message>
        <source>How do I get my bounce in?</source>
        <translation>Как добавить сюда письмо о недоставке?</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Program error</source>
        <translation>Ошибка программы</translation>
    </message>
    <message>
        <source>About what was dropped</source>
        <translation>О том, что было перетащено</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>Put the technical details on the clipboard, for a bug report</source>
        <translation>Скопировать технические подробности в буфер обмена, чтобы сообщить об ошибке</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Something went wrong inside Bounce Doctor. The window keeps working: you can open another bounce. To help fix it, copy the details into a bug report.</source>
        <translation>В Bounce Doctor что-то пошло не так. Окно продолжает работать: можно открыть другое уведомление. Чтобы помочь исправить ошибку, скопируйте подробности в сообщение об ошибке.</translation>
    </message>
    <message numerus="yes">
        <source>(%n errors so far)</source>
        <translation>
            <numerusform>(пока %n ошибка)</numerusform>
            <numerusform>(пока %n ошибки)</numerusform>
            <numerusform>(пока %n ошибок)</numerusform>
        </translation>
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
    <name>GuideDialog</name>
    <message>
        <source>How do I get my bounce in?</source>
        <translation>Как добавить сюда письмо о недоставке?</translation>
    </message>
    <message>
        <source>Your &amp;mail program:</source>
        <translation>Ваша &amp;почтовая программа:</translation>
    </message>
    <message>
        <source>Mail programs</source>
        <translation>Почтовые программы</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Рисунок</translation>
    </message>
</context>
<context>
    <name>HeadersModel</name>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>HeadersView</name>
    <message>
        <source>Headers</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>Whose headers</source>
        <translation>Чьи заголовки</translation>
    </message>
    <message>
        <source>Headers of:</source>
        <translation>Заголовки:</translation>
    </message>
    <message>
        <source>Double-click a hop or a header, or press Enter, to see it in the bounce.</source>
        <translation>Дважды щёлкните шаг или заголовок (или нажмите Enter), чтобы увидеть его в уведомлении.</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1 шаг</translation>
    </message>
    <message>
        <source>1 header</source>
        <translation>1 заголовок</translation>
    </message>
    <message>
        <source>Delivery path, one hop per row</source>
        <translation>Путь доставки, по шагу в строке</translation>
    </message>
    <message>
        <source>Authentication and spam filters</source>
        <translation>Проверка подлинности и спам-фильтры</translation>
    </message>
    <message>
        <source>Filter the headers, for example received, dkim or spam</source>
        <translation>Отбор заголовков, например received, dkim или spam</translation>
    </message>
    <message>
        <source>Filter the headers</source>
        <translation>Отбор заголовков</translation>
    </message>
    <message>
        <source>Every header</source>
        <translation>Все заголовки</translation>
    </message>
    <message>
        <source>No headers were found in this message.</source>
        <translation>В этом письме не найдено заголовков.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1, %2 from sending to the last hop</source>
        <translation>%1, от отправки до последнего шага — %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>HopsModel</name>
    <message>
        <source>Hop</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто принял</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Share of the delay</source>
        <translation>Доля задержки</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>⚠ clocks disagree</source>
        <translation>⚠ часы расходятся</translation>
    </message>
    <message>
        <source>On this computer&apos;s clock</source>
        <translation>По часам этого компьютера</translation>
    </message>
    <message>
        <source>%1 — delivery stopped here</source>
        <translation>%1 — здесь доставка остановилась</translation>
    </message>
    <message>
        <source>Delivery stopped here: this server refused the message.</source>
        <translation>Здесь доставка остановилась: этот сервер отказался принять письмо.</translation>
    </message>
    <message>
        <source>This Received header has no readable time.</source>
        <translation>В этом заголовке Received нет понятного времени.</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Как записано: %1</translation>
    </message>
    <message>
        <source>No known time zone: UTC was assumed.</source>
        <translation>Часовой пояс неизвестен: считается, что это UTC.</translation>
    </message>
    <message>
        <source>This server&apos;s clock is behind the previous one: it stamped the message earlier than the hop before. The delay cannot be known.</source>
        <translation>Часы этого сервера отстают от предыдущего: он поставил на письмо более раннее время, чем шаг до него. Задержку узнать нельзя.</translation>
    </message>
    <message>
        <source>Since the message&apos;s Date header</source>
        <translation>С момента, указанного в заголовке Date письма</translation>
    </message>
    <message>
        <source>The previous hop has no readable time.</source>
        <translation>У предыдущего шага нет понятного времени.</translation>
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
    <message>
        <source>Why: the deciding line</source>
        <translation>Почему: решающая строка</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Size limit</source>
        <translation>Предел размера</translation>
    </message>
    <message>
        <source>Bounce Doctor refuses a message larger than this, so that a huge or broken file cannot fill the computer’s memory. Raise it to read a larger message; reading it takes longer and needs more memory.</source>
        <translation>Bounce Doctor не читает письма больше этого размера, чтобы огромный или повреждённый файл не занял всю память компьютера. Увеличьте предел, чтобы прочитать письмо побольше: это займёт больше времени и памяти.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Largest message to read, in MB</source>
        <translation>Самое большое письмо для чтения, в МБ</translation>
    </message>
    <message>
        <source>&amp;Largest message:</source>
        <translation>&amp;Самое большое письмо:</translation>
    </message>
    <message>
        <source>The default is %1 MB.</source>
        <translation>По умолчанию — %1 МБ.</translation>
    </message>
    <message>
        <source>The message just refused is %1 MB: a limit of %2 MB reads it.</source>
        <translation>Только что отклонённое письмо занимает %1 МБ: с пределом %2 МБ оно будет прочитано.</translation>
    </message>
</context>
<context>
    <name>LiveChecks</name>
    <message>
        <source>Always Allow &amp;Live Checks</source>
        <translation>Всегда разрешать проверки по &amp;сети</translation>
    </message>
    <message>
        <source>Check now looks up the names without asking first</source>
        <translation>«Проверить сейчас» запрашивает имена, не спрашивая заранее</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Пр&amp;оверить сейчас</translation>
    </message>
    <message>
        <source>Look up, through your system&apos;s DNS resolver, the domains, blocklists and records this bounce names</source>
        <translation>Запросить через системный DNS-сервер домены, чёрные списки и записи, которые названы в этом отказе</translation>
    </message>
    <message>
        <source>Look up what this bounce names, live. Nothing is sent before you click.</source>
        <translation>Проверить по сети то, что названо в отказе. До нажатия ничего не отправляется.</translation>
    </message>
    <message>
        <source>This message names nothing to check live.</source>
        <translation>В этом письме нет ничего, что можно проверить по сети.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Проверки по сети</translation>
    </message>
    <message>
        <source>Answers from the network at the time shown; the diagnosis above is read from the bounce alone and does not change.</source>
        <translation>Ответы из сети на указанное время; диагноз выше прочитан только из отказа и не меняется.</translation>
    </message>
    <message>
        <source>The checks could not be made: no DNS server answered from this computer. Check the network connection and try again.</source>
        <translation>Проверить не удалось: с этого компьютера не ответил ни один DNS-сервер. Проверьте подключение к сети и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
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
        <source>&amp;Headers</source>
        <translation>&amp;Заголовки</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <source>&amp;Export diagnosis…</source>
        <translation>Сохранить диа&amp;гноз в файл…</translation>
    </message>
    <message>
        <source>Export &amp;batch…</source>
        <translation>Сохранить &amp;таблицу в файл…</translation>
    </message>
    <message>
        <source>Size &amp;limit…</source>
        <translation>&amp;Предел размера…</translation>
    </message>
    <message>
        <source>&amp;About Bounce Doctor</source>
        <translation>&amp;О программе Bounce Doctor</translation>
    </message>
    <message>
        <source>&amp;How do I get my bounce in?</source>
        <translation>&amp;Как добавить письмо о недоставке?</translation>
    </message>
    <message>
        <source>For the &amp;recipient…</source>
        <translation>&amp;Получателю…</translation>
    </message>
    <message>
        <source>For your &amp;IT or provider…</source>
        <translation>В &amp;ИТ-отдел или провайдеру…</translation>
    </message>
    <message>
        <source>A &amp;delisting request…</source>
        <translation>Просьба убрать из &amp;чёрного списка…</translation>
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
        <source>&amp;Write a message</source>
        <translation>&amp;Написать письмо</translation>
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
        <source>In other &amp;languages</source>
        <translation>На других &amp;языках</translation>
    </message>
    <message>
        <source>He&amp;aders</source>
        <translation>&amp;Заголовки</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Пакет писем</translation>
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
        <source>%1 is on the clipboard.</source>
        <translation>%1 скопирован в буфер обмена.</translation>
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
        <source>“%1” is too large to read</source>
        <translation>«%1» слишком велико для чтения</translation>
    </message>
    <message>
        <source>The message is %1, larger than the limit of %2 for one message.</source>
        <translation>Размер письма — %1, это больше предела в %2 на одно письмо.</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>байт</translation>
    </message>
    <message>
        <source>%1 To read it anyway, raise the limit: the file is then read again.</source>
        <translation>%1 Чтобы всё же прочитать его, увеличьте предел: файл будет прочитан заново.</translation>
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
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Open a folder of bounces</source>
        <translation>Открыть папку с уведомлениями</translation>
    </message>
    <message>
        <source>Reading… %1 messages so far (%2 a second), %3 failed recipients.</source>
        <translation>Чтение… Прочитано писем: %1 (%2 в секунду), недоставленных получателей: %3.</translation>
    </message>
    <message>
        <source>Stopped after %1 messages (%2 seconds).</source>
        <translation>Остановлено. Прочитано писем: %1 (за %2 с).</translation>
    </message>
    <message>
        <source>Read %1 messages in %2 seconds.</source>
        <translation>Прочитано писем: %1 за %2 с.</translation>
    </message>
    <message>
        <source>%1 could not be read as a bounce (point at the Message column&apos;s tooltip for where; open one to see why).</source>
        <translation>Не удалось прочитать как уведомление: %1 (наведите указатель на эту строку, чтобы увидеть, какие именно; откройте письмо, чтобы узнать почему).</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <source>“%1” could not be read again</source>
        <translation>«%1» не удалось прочитать заново</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Простой текст (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the diagnosis</source>
        <translation>Сохранить диагноз в файл</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV для электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <source>Export the batch</source>
        <translation>Сохранить таблицу в файл</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The export was not saved</source>
        <translation>Файл не сохранён</translation>
    </message>
    <message>
        <source>%1

Any file that was there is unchanged.</source>
        <translation>%1

Файл, который там был, не изменился.</translation>
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
        <source>Google: Gmail SMTP errors and codes</source>
        <translation>Google: ошибки и коды SMTP в Gmail</translation>
    </message>
    <message>
        <source>Mimecast: SMTP error codes</source>
        <translation>Mimecast: коды ошибок SMTP</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub: SMTP error codes</source>
        <translation>Yahoo Sender Hub: коды ошибок SMTP</translation>
    </message>
    <message>
        <source>Microsoft: Outlook.com postmaster troubleshooting</source>
        <translation>Microsoft: решение проблем с доставкой в Outlook.com</translation>
    </message>
    <message>
        <source>Apple: postmaster information for iCloud Mail</source>
        <translation>Apple: сведения для почтовых администраторов об iCloud Mail</translation>
    </message>
    <message>
        <source>Spamhaus: check an IP address or domain</source>
        <translation>Spamhaus: проверить IP-адрес или домен</translation>
    </message>
    <message>
        <source>Spamhaus: questions on using its blocklists</source>
        <translation>Spamhaus: вопросы об использовании его чёрных списков</translation>
    </message>
    <message>
        <source>SpamCop: its blocking list</source>
        <translation>SpamCop: его чёрный список</translation>
    </message>
    <message>
        <source>Proofpoint: postmaster information</source>
        <translation>Proofpoint: сведения для почтовых администраторов</translation>
    </message>
    <message>
        <source>Proofpoint: IP reputation lookup</source>
        <translation>Proofpoint: проверка репутации IP-адреса</translation>
    </message>
    <message>
        <source>it depends on the reason: see the rest of the code</source>
        <translation>зависит от причины: см. остальные цифры кода</translation>
    </message>
    <message>
        <source>nobody: nothing went wrong</source>
        <translation>никто: всё прошло успешно</translation>
    </message>
    <message>
        <source>No: the message was delivered</source>
        <translation>Нет: письмо доставлено</translation>
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
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Servers say, for example</source>
        <translation>Серверы пишут, например</translation>
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
    <name>advice</name>
    <message>
        <source>a DNS blocklist</source>
        <translation>чёрный список DNS</translation>
    </message>
    <message>
        <source>make the message smaller (share large files through a link)</source>
        <translation>уменьшите письмо (большие файлы передайте ссылкой)</translation>
    </message>
    <message>
        <source>change what the receiving server objected to in the message&apos;s content or format</source>
        <translation>измените в содержании или оформлении письма то, что не понравилось принимающему серверу</translation>
    </message>
    <message>
        <source>have your mail program or provider send a standard-conforming message</source>
        <translation>попросите, чтобы почтовая программа или провайдер отправляли письмо по стандарту</translation>
    </message>
    <message>
        <source>remove the infected attachment and scan your computer</source>
        <translation>уберите заражённое вложение и проверьте компьютер на вирусы</translation>
    </message>
    <message>
        <source>rewrite the message so it looks less like spam (fewer links, no shortened links, plain wording)</source>
        <translation>перепишите письмо, чтобы оно меньше походило на спам (меньше ссылок, без сокращённых ссылок, простыми словами)</translation>
    </message>
    <message>
        <source>have your domain&apos;s SPF, DKIM and DMARC records fixed by your IT department or provider</source>
        <translation>попросите ИТ-отдел или провайдера исправить записи SPF, DKIM и DMARC вашего домена</translation>
    </message>
    <message>
        <source>have your provider give the sending server a valid reverse DNS name</source>
        <translation>попросите провайдера дать отправляющему серверу правильное обратное имя DNS</translation>
    </message>
    <message>
        <source>have your provider improve the sending server&apos;s reputation</source>
        <translation>попросите провайдера улучшить репутацию отправляющего сервера</translation>
    </message>
    <message>
        <source>get the sending server unblocked (your provider can do this)</source>
        <translation>добейтесь разблокировки отправляющего сервера (это может сделать провайдер)</translation>
    </message>
    <message>
        <source>have your sender address accepted (ask your IT department or provider)</source>
        <translation>добейтесь, чтобы ваш адрес отправителя принимали (спросите ИТ-отдел или провайдера)</translation>
    </message>
    <message>
        <source>have the outgoing server checked: your mail program must log in to it, and it must be allowed to send for your domain</source>
        <translation>попросите проверить сервер исходящей почты: почтовая программа должна входить на него, а ему должно быть разрешено отправлять почту от вашего домена</translation>
    </message>
    <message>
        <source>fix the security setting the server named (ask your IT department or provider)</source>
        <translation>исправьте настройку безопасности, которую назвал сервер (спросите ИТ-отдел или провайдера)</translation>
    </message>
    <message>
        <source>change what broke the receiving server&apos;s policy</source>
        <translation>измените то, что нарушило правила принимающего сервера</translation>
    </message>
    <message>
        <source>have your provider fix how its server talks to others</source>
        <translation>попросите провайдера исправить, как его сервер общается с другими</translation>
    </message>
    <message>
        <source>have the encryption (TLS) problem between the servers fixed</source>
        <translation>добейтесь, чтобы исправили проблему шифрования (TLS) между серверами</translation>
    </message>
    <message>
        <source>have the address taken off your sending service&apos;s do-not-send list, if the person agrees</source>
        <translation>попросите убрать адрес из списка «не отправлять» вашего сервиса рассылок, если человек согласен</translation>
    </message>
    <message>
        <source>get the sending server off the blocklist (your provider can, or send a delisting request)</source>
        <translation>добейтесь удаления отправляющего сервера из чёрного списка (это может провайдер, или отправьте запрос на исключение)</translation>
    </message>
    <message>
        <source>have your IT department or provider fix the sending side</source>
        <translation>попросите ИТ-отдел или провайдера исправить отправляющую сторону</translation>
    </message>
    <message>
        <source>once the person has made space in their mailbox</source>
        <translation>когда человек освободит место в своём ящике</translation>
    </message>
    <message>
        <source>once the person&apos;s account works again; ask them another way first</source>
        <translation>когда учётная запись человека снова заработает; сначала спросите его другим способом</translation>
    </message>
    <message>
        <source>once the receiving server has room again</source>
        <translation>когда на принимающем сервере снова будет место</translation>
    </message>
    <message>
        <source>once the receiving server works again</source>
        <translation>когда принимающий сервер снова заработает</translation>
    </message>
    <message>
        <source>once the receiving side has fixed its mail program</source>
        <translation>когда принимающая сторона исправит свою почтовую программу</translation>
    </message>
    <message>
        <source>once the receiving server can be reached again</source>
        <translation>когда до принимающего сервера снова можно будет достучаться</translation>
    </message>
    <message>
        <source>the receiving server could not be reached for days; try again later, and tell the person if it fails again</source>
        <translation>до принимающего сервера не удавалось достучаться несколько дней; попробуйте позже и, если снова не выйдет, сообщите человеку</translation>
    </message>
    <message>
        <source>after an hour or so; the server only refused because too much mail came too fast</source>
        <translation>примерно через час; сервер отказал лишь потому, что почты пришло слишком много слишком быстро</translation>
    </message>
    <message>
        <source>once the recipient&apos;s mail administrator has let your messages through</source>
        <translation>когда почтовый администратор получателя начнёт пропускать ваши письма</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>такого адреса нет</translation>
    </message>
    <message>
        <source>the domain after the @ does not exist or takes no mail</source>
        <translation>домена после @ нет или он не принимает почту</translation>
    </message>
    <message>
        <source>the address is no longer used</source>
        <translation>адресом больше не пользуются</translation>
    </message>
    <message>
        <source>the domain accepts no mail</source>
        <translation>домен не принимает почту</translation>
    </message>
    <message>
        <source>The address is wrong or no longer exists: only you can correct it.</source>
        <translation>Адрес неверный или больше не существует: исправить его можете только вы.</translation>
    </message>
    <message>
        <source>The domain after the @ cannot be found: check how you typed it.</source>
        <translation>Домен после @ не найден: проверьте, как вы его набрали.</translation>
    </message>
    <message>
        <source>The person no longer uses this address: ask them for the new one.</source>
        <translation>Человек больше не пользуется этим адресом: спросите у него новый.</translation>
    </message>
    <message>
        <source>The person you wrote to has to make space in their mailbox.</source>
        <translation>Человеку, которому вы писали, нужно освободить место в ящике.</translation>
    </message>
    <message>
        <source>The person&apos;s account is disabled: only they (or their provider) can change that.</source>
        <translation>Учётная запись человека отключена: изменить это может только он сам (или его провайдер).</translation>
    </message>
    <message>
        <source>The message is too large for the receiving server: make it smaller.</source>
        <translation>Письмо слишком большое для принимающего сервера: уменьшите его.</translation>
    </message>
    <message>
        <source>The cause is on your side: something in the address or the message.</source>
        <translation>Причина на вашей стороне: что-то в адресе или в письме.</translation>
    </message>
    <message>
        <source>The cause is on the sending side: your mail server or your domain&apos;s settings.</source>
        <translation>Причина на стороне отправки: ваш почтовый сервер или настройки вашего домена.</translation>
    </message>
    <message>
        <source>The cause is on the recipient&apos;s side, and only the person you wrote to can fix it.</source>
        <translation>Причина на стороне получателя, и исправить её может только человек, которому вы писали.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server refused or failed: its administrator must act.</source>
        <translation>Почтовый сервер получателя отказал или сломался: действовать должен его администратор.</translation>
    </message>
    <message>
        <source>The sending server is on a blocklist.</source>
        <translation>Отправляющий сервер в чёрном списке.</translation>
    </message>
    <message>
        <source>a well-known mail domain</source>
        <translation>это известный почтовый домен</translation>
    </message>
    <message>
        <source>your own domain</source>
        <translation>это ваш собственный домен</translation>
    </message>
    <message>
        <source>Not to this address.</source>
        <translation>Не на этот адрес.</translation>
    </message>
    <message>
        <source>Yes, after fixing the cause the explanation names.</source>
        <translation>Да, после того как устраните причину, названную в объяснении.</translation>
    </message>
    <message>
        <source>Yes, later.</source>
        <translation>Да, позже.</translation>
    </message>
    <message>
        <source>No need: the server keeps trying.</source>
        <translation>Не нужно: сервер продолжает попытки.</translation>
    </message>
    <message>
        <source>Change your email password now, from a computer or phone you trust.</source>
        <translation>Смените пароль от почты прямо сейчас — с компьютера или телефона, которому доверяете.</translation>
    </message>
    <message>
        <source>Look at your account&apos;s sent items, forwarding rules and filters for anything you did not set up, and remove it.</source>
        <translation>Просмотрите отправленные письма, правила пересылки и фильтры учётной записи: удалите всё, что настраивали не вы.</translation>
    </message>
    <message>
        <source>Scan the computers and phones that use this account for malware.</source>
        <translation>Проверьте на вредоносные программы компьютеры и телефоны, на которых открыта эта почта.</translation>
    </message>
    <message>
        <source>Turn on two-step sign-in if your provider offers it.</source>
        <translation>Включите двухэтапный вход, если провайдер его предлагает.</translation>
    </message>
    <message>
        <source>Tell your IT department or mail provider: they can unblock the account once it is safe again.</source>
        <translation>Сообщите ИТ-отделу или почтовому провайдеру: они разблокируют учётную запись, когда она снова будет в безопасности.</translation>
    </message>
    <message>
        <source>You most likely did not send this message: someone sent spam with your address as the sender, and the receiving server returned it to you. This alone does not mean your account was broken into.</source>
        <translation>Скорее всего, вы не отправляли это письмо: кто-то разослал спам, указав ваш адрес как отправителя, а принимающий сервер вернул его вам. Само по себе это не значит, что вашу почту взломали.</translation>
    </message>
    <message>
        <source>Look in your Sent folder: if the message is not there, you did not send it.</source>
        <translation>Загляните в папку «Отправленные»: если письма там нет, вы его не отправляли.</translation>
    </message>
    <message>
        <source>Delete the bounce; nobody needs to be told.</source>
        <translation>Удалите это уведомление; никому сообщать не нужно.</translation>
    </message>
    <message>
        <source>If many such bounces arrive, ask whoever runs your domain to publish SPF, DKIM and DMARC records, so receivers can reject mail forged in your name.</source>
        <translation>Если таких уведомлений приходит много, попросите того, кто обслуживает ваш домен, опубликовать записи SPF, DKIM и DMARC: тогда получатели смогут отклонять письма, подделанные от вашего имени.</translation>
    </message>
    <message>
        <source>the address is refused for good</source>
        <translation>адрес отклонён навсегда</translation>
    </message>
    <message>
        <source>the problem may be temporary; wait a few hours</source>
        <translation>возможно, проблема временная; подождите несколько часов</translation>
    </message>
    <message>
        <source>Your provider has stopped your account from sending, usually because it sent spam.</source>
        <translation>Провайдер запретил вашей учётной записи отправлять почту — обычно потому, что с неё шёл спам.</translation>
    </message>
    <message>
        <source>Your own outgoing server wants your mail program to log in before it sends.</source>
        <translation>Ваш собственный сервер исходящей почты требует, чтобы почтовая программа входила на него перед отправкой.</translation>
    </message>
    <message>
        <source>Your own outgoing server refused to pass the message on: its settings, or your mail program&apos;s, need fixing.</source>
        <translation>Ваш собственный сервер исходящей почты отказался передать письмо дальше: нужно исправить его настройки или настройки почтовой программы.</translation>
    </message>
    <message>
        <source>You reached your account&apos;s sending limit: wait before sending more.</source>
        <translation>Вы достигли предела отправки для своей учётной записи: подождите, прежде чем отправлять ещё.</translation>
    </message>
    <message>
        <source>Your own provider&apos;s server refused the message on security or policy grounds.</source>
        <translation>Сервер вашего провайдера отказал в отправке из соображений безопасности или по своим правилам.</translation>
    </message>
    <message>
        <source>The server is still trying: there is nothing to do yet.</source>
        <translation>Сервер ещё пытается доставить: пока делать ничего не нужно.</translation>
    </message>
    <message>
        <source>No: the server is still trying. You will get another message only if it gives up.</source>
        <translation>Нет: сервер продолжает попытки. Новое уведомление придёт, только если он сдастся.</translation>
    </message>
    <message>
        <source>{typed} looks like a slip for {domain}, {why}.</source>
        <translation>{typed} похоже на опечатку: видимо, имелся в виду {domain} — {why}.</translation>
    </message>
    <message>
        <source>The refusal names {name}: the sending server is on a blocklist.</source>
        <translation>В отказе назван {name}: отправляющий сервер в чёрном списке.</translation>
    </message>
    <message>
        <source>Yes, after fixing the address: send it to {address}.</source>
        <translation>Да, после исправления адреса: отправьте на {address}.</translation>
    </message>
    <message>
        <source>The server last tried on {date}.</source>
        <translation>Последняя попытка сервера: {date}.</translation>
    </message>
    <message>
        <source>Not to this address: {cause}. Ask the person for their current address another way.</source>
        <translation>Не на этот адрес: {cause}. Узнайте у человека его нынешний адрес другим способом.</translation>
    </message>
    <message>
        <source>Yes, after fixing the cause: {fix}. Sending it again unchanged will not succeed.</source>
        <translation>Да, после устранения причины: {fix}. Без изменений повторная отправка не удастся.</translation>
    </message>
    <message>
        <source>what the server named</source>
        <translation>то, что назвал сервер</translation>
    </message>
    <message>
        <source>The returned message is from {sender}, but the bounce came to you at {you}.</source>
        <translation>Возвращённое письмо отправлено с {sender}, а уведомление пришло вам на {you}.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server asked {name} in a way {name} refuses to answer, so it refuses everyone: its administrator must fix its DNS set-up.</source>
        <translation>Сервер получателя обратился к {name} так, что {name} отказывается отвечать, поэтому сервер отказывает всем: его администратор должен исправить настройку DNS.</translation>
    </message>
    <message>
        <source>No: the server is still trying until {date}.</source>
        <translation>Нет: сервер продолжает попытки до {date}.</translation>
    </message>
    <message>
        <source>Yes, after fixing the cause: {fix}.</source>
        <translation>Да, после устранения причины: {fix}.</translation>
    </message>
    <message>
        <source>Yes, later: {when}.</source>
        <translation>Да, позже: {when}.</translation>
    </message>
    <message>
        <source>Its Message-ID ({id}) was made at {domain}, not at {own}.</source>
        <translation>Его Message-ID ({id}) создан в {domain}, а не в {own}.</translation>
    </message>
    <message>
        <source>It first entered the mail system at {server}, not at a server of {own}.</source>
        <translation>Впервые оно попало в почтовую систему на {server}, а не на сервере {own}.</translation>
    </message>
    <message>
        <source>You most likely did not send this message: nothing to fix.</source>
        <translation>Скорее всего, вы не отправляли это письмо: исправлять нечего.</translation>
    </message>
    <message>
        <source>No: you most likely did not send this message.</source>
        <translation>Нет: скорее всего, вы не отправляли это письмо.</translation>
    </message>
    <message>
        <source>Yes, {when}.</source>
        <translation>Да, {when}.</translation>
    </message>
</context>
<context>
    <name>bounce_doctor.engine.headers</name>
    <message>
        <source>the message&apos;s own headers</source>
        <translation>собственные заголовки письма</translation>
    </message>
    <message>
        <source>the returned message (attached)</source>
        <translation>возвращённое письмо (во вложении)</translation>
    </message>
    <message>
        <source>the returned message&apos;s headers (a headers part)</source>
        <translation>заголовки возвращённого письма (отдельная часть)</translation>
    </message>
    <message>
        <source>headers quoted in the bounce&apos;s text</source>
        <translation>заголовки, процитированные в тексте уведомления</translation>
    </message>
    <message>
        <source>the original message&apos;s headers, quoted by Exchange</source>
        <translation>заголовки исходного письма, процитированные Exchange</translation>
    </message>
    <message>
        <source>the original message, quoted by Gmail</source>
        <translation>исходное письмо, процитированное Gmail</translation>
    </message>
    <message>
        <source>the original message, quoted by Exim</source>
        <translation>исходное письмо, процитированное Exim</translation>
    </message>
    <message>
        <source>the original message, quoted by qmail</source>
        <translation>исходное письмо, процитированное qmail</translation>
    </message>
    <message>
        <source>the original message, quoted in the bounce</source>
        <translation>исходное письмо, процитированное в уведомлении</translation>
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
        <source>the recipient&apos;s mail administrator</source>
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
        <source>the recipient&apos;s mailbox is full</source>
        <translation>ящик получателя переполнен</translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation>письмо слишком большое</translation>
    </message>
    <message>
        <source>the recipient&apos;s account is suspended or disabled</source>
        <translation>учётная запись получателя приостановлена или отключена</translation>
    </message>
    <message>
        <source>the server refused to pass the message on (relaying denied)</source>
        <translation>сервер отказался передать письмо дальше (пересылка запрещена)</translation>
    </message>
    <message>
        <source>the sender&apos;s domain failed an authentication check (SPF, DKIM or DMARC)</source>
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
        <source>a filter at the recipient&apos;s side refused it</source>
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
        <source>the mail program at the recipient&apos;s side failed</source>
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
        <source>Pasted text</source>
        <translation>Вставленный текст</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Original subject</source>
        <translation>Тема исходного письма</translation>
    </message>
    <message>
        <source>Original sent to</source>
        <translation>Исходное письмо отправлено</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Who has to act</source>
        <translation>Кому действовать</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Отправлять снова</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Может быть, вы имели в виду</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>Отказал сервер</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Сообщил сервер</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Made by Bounce Doctor, on this computer.</source>
        <translation>Составлено программой Bounce Doctor на этом компьютере.</translation>
    </message>
    <message>
        <source>en</source>
        <translation>ru</translation>
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
        <source>Server&apos;s reply: {text}</source>
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
        <source> [general meaning of the code&apos;s class]</source>
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
    <message>
        <source>none in the bounce; the server&apos;s words read like {code}</source>
        <translation>в уведомлении их нет; слова сервера похожи на {code}</translation>
    </message>
</context>
<context>
    <name>captions</name>
    <message>
        <source>{type}: the returned message</source>
        <translation>{type}: возвращённое письмо</translation>
    </message>
    <message>
        <source>{type}: the returned message&apos;s headers</source>
        <translation>{type}: заголовки возвращённого письма</translation>
    </message>
    <message>
        <source>{type}: another version of the text above, not shown</source>
        <translation>{type}: другой вариант текста выше, не показан</translation>
    </message>
    <message>
        <source>attachment {name} ({type}, {size} bytes), not opened</source>
        <translation>вложение {name} ({type}, {size} байт), не открыто</translation>
    </message>
    <message>
        <source>attachment ({type}, {size} bytes), not opened</source>
        <translation>вложение ({type}, {size} байт), не открыто</translation>
    </message>
</context>
<context>
    <name>drop_notice</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 байт)</translation>
    </message>
    <message>
        <source>Formats received:</source>
        <translation>Полученные форматы:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>no data at all</source>
        <translation>вообще никаких данных</translation>
    </message>
    <message>
        <source>Nothing on the clipboard could be read as an email.</source>
        <translation>Ничего из буфера обмена не удалось прочитать как письмо.</translation>
    </message>
    <message>
        <source>Nothing in what was dropped could be read as an email.</source>
        <translation>Ничего из перетащенного не удалось прочитать как письмо.</translation>
    </message>
    <message>
        <source>It carried: %1.</source>
        <translation>В нём было: %1.</translation>
    </message>
    <message>
        <source>If your mail program sent this, &quot;Copy details&quot; puts these formats on the clipboard for a report.</source>
        <translation>Если это прислала ваша почтовая программа, кнопка «Копировать подробности» положит эти форматы в буфер обмена для сообщения о проблеме.</translation>
    </message>
    <message>
        <source>See Help &gt; How do I get my bounce in?</source>
        <translation>См. Справка &gt; Как добавить письмо о недоставке?</translation>
    </message>
    <message>
        <source>Thunderbird handed over only a link to the message, not the message itself. In Thunderbird, use File &gt; Save As &gt; File, or drag the message to the desktop first, then drop the saved file here.</source>
        <translation>Thunderbird передал только ссылку на письмо, а не само письмо. В Thunderbird выберите Файл &gt; Сохранить как &gt; Файл или сначала перетащите письмо на рабочий стол, а затем перетащите сюда сохранённый файл.</translation>
    </message>
    <message>
        <source>The mail program only promised the message and did not hand it over. In Apple Mail, drag the message to the desktop first, or use File &gt; Save As &gt; Raw Message Source, then drop the saved file here.</source>
        <translation>Почтовая программа только пообещала письмо, но не передала его. В Apple Mail сначала перетащите письмо на рабочий стол или выберите Файл &gt; Сохранить как и формат «Исходный текст сообщения» (Raw Message Source), а затем перетащите сюда сохранённый файл.</translation>
    </message>
    <message>
        <source>Outlook offered the message in a form that cannot be read here. Drag the message to the desktop or a folder first, or use File &gt; Save As (Outlook Message Format), then drop the saved file here.</source>
        <translation>Outlook передал письмо в виде, который здесь прочитать нельзя. Сначала перетащите письмо на рабочий стол или в папку либо выберите Файл &gt; Сохранить как (формат сообщения Outlook, .msg), а затем перетащите сюда сохранённый файл.</translation>
    </message>
    <message>
        <source>Only the first of %1 messages could be taken.</source>
        <translation>Удалось взять только первое из писем (всего: %1).</translation>
    </message>
    <message>
        <source>Only %2 of %1 messages could be taken.</source>
        <translation>Удалось взять только часть писем: %2 из %1.</translation>
    </message>
    <message>
        <source>To read all of them, drag them to a folder first (or save each with File &gt; Save As), then drop the saved files here.</source>
        <translation>Чтобы прочитать все, сначала перетащите их в папку (или сохраните каждое через Файл &gt; Сохранить как), а затем перетащите сюда сохранённые файлы.</translation>
    </message>
</context>
<context>
    <name>engine_errors</name>
    <message>
        <source>The input is empty: there is no message to read.</source>
        <translation>Ввод пуст: читать нечего.</translation>
    </message>
    <message>
        <source>This is {what}, not an email. Save the bounce as .eml or .msg, or paste its text.</source>
        <translation>Это {what}, а не письмо. Сохраните отказ как .eml или .msg или вставьте его текст.</translation>
    </message>
    <message>
        <source>This is a binary file, not an email. Save the bounce as .eml or .msg, or paste its text.</source>
        <translation>Это двоичный файл, а не письмо. Сохраните отказ как .eml или .msg или вставьте его текст.</translation>
    </message>
    <message>
        <source>This text holds no email: no headers, no addresses and no SMTP codes were found in it.</source>
        <translation>В этом тексте нет письма: в нём не найдено ни заголовков, ни адресов, ни кодов SMTP.</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <source>a ZIP archive (or an Office document)</source>
        <translation>архив ZIP (или документ Office)</translation>
    </message>
    <message>
        <source>a program (ELF executable)</source>
        <translation>программа (исполняемый файл ELF)</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>программа для Windows</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>архив gzip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>архив RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>архив 7-Zip</translation>
    </message>
    <message>
        <source>an Outlook or Office file in the old binary format</source>
        <translation>файл Outlook или Office в старом двоичном формате</translation>
    </message>
    <message>
        <source>the message is no longer there: the file changed since it was read</source>
        <translation>этого письма больше нет: файл изменился после чтения</translation>
    </message>
    <message>
        <source>the file changed since the batch was read: open it again to read its messages as they are now</source>
        <translation>файл изменился после чтения пакета: откройте его снова, чтобы прочитать письма в нынешнем виде</translation>
    </message>
    <message>
        <source>the file changed while the batch was read</source>
        <translation>файл изменился во время чтения пакета</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>the file is gone: it was moved or deleted before it could be read</source>
        <translation>файла больше нет: его переместили или удалили до чтения</translation>
    </message>
    <message>
        <source>it is a folder that cannot be listed</source>
        <translation>это папка, содержимое которой не удаётся получить</translation>
    </message>
    <message>
        <source>permission denied: you are not allowed to read this file</source>
        <translation>доступ запрещён: у вас нет права читать этот файл</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a device or a socket); skipped</source>
        <translation>это не обычный файл (канал, устройство или сокет); пропущен</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>такого файла или папки нет</translation>
    </message>
    <message>
        <source>a link to nothing; skipped</source>
        <translation>ссылка, которая никуда не ведёт; пропущена</translation>
    </message>
    <message>
        <source>the folder holds no files to read</source>
        <translation>в папке нет файлов для чтения</translation>
    </message>
    <message>
        <source>the mailbox holds no messages</source>
        <translation>в почтовом ящике нет писем</translation>
    </message>
    <message>
        <source>it could not be read again ({error})</source>
        <translation>не удалось прочитать снова ({error})</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>его не удалось прочитать</translation>
    </message>
    <message>
        <source>Bounce Doctor stopped reading it ({error}).</source>
        <translation>Bounce Doctor прекратил его чтение ({error}).</translation>
    </message>
    <message>
        <source>Bounce Doctor stopped reading ({error}).</source>
        <translation>Bounce Doctor прекратил чтение ({error}).</translation>
    </message>
</context>
<context>
    <name>engine_text</name>
    <message>
        <source>The message has %1 Received headers; only the %2 closest to its origin are analysed.</source>
        <translation>В письме %1 заголовков Received; разобраны только %2 ближайших к отправителю.</translation>
    </message>
    <message>
        <source>Some servers&apos; clocks disagree: a hop is stamped earlier than the one before it. Its delay is not shown.</source>
        <translation>Часы некоторых серверов расходятся: на одном шаге стоит время раньше, чем на предыдущем. Его задержка не показана.</translation>
    </message>
    <message>
        <source>Some Received headers have no readable time; the next hop&apos;s delay covers them too.</source>
        <translation>В некоторых заголовках Received нет понятного времени; задержка следующего шага включает и их.</translation>
    </message>
    <message>
        <source>Some times name no known time zone; UTC was assumed for them.</source>
        <translation>У некоторых отметок времени неизвестный часовой пояс; для них принято время UTC.</translation>
    </message>
    <message>
        <source>The server that refused the message (%1) added no Received header to it: it refused the message after the last hop shown.</source>
        <translation>Сервер, который отказался принять письмо (%1), не добавил к нему заголовок Received: он отказал после последнего показанного шага.</translation>
    </message>
    <message>
        <source>Alignment compares organisational domains found with a short built-in list of two-part suffixes (co.uk, co.jp, ne.jp, com.au, ...), not the full Public Suffix List.</source>
        <translation>Совпадение доменов проверяется по основным доменам организаций, найденным с помощью короткого встроенного списка двухчастных окончаний (co.uk, co.jp, ne.jp, com.au, …), а не полного списка Public Suffix List.</translation>
    </message>
    <message>
        <source> at hop {hop} ({host})</source>
        <translation> на шаге {hop} ({host})</translation>
    </message>
    <message>
        <source> at hop {hop}</source>
        <translation> на шаге {hop}</translation>
    </message>
    <message>
        <source> at {host}</source>
        <translation> на {host}</translation>
    </message>
    <message>
        <source>Your domain&apos;s DKIM signature failed{where}.</source>
        <translation>Подпись DKIM вашего домена не прошла проверку{where}.</translation>
    </message>
    <message>
        <source>The DKIM signature of {domain} failed{where}.</source>
        <translation>Подпись DKIM домена {domain} не прошла проверку{where}.</translation>
    </message>
    <message>
        <source>The DKIM signature failed{where}.</source>
        <translation>Подпись DKIM не прошла проверку{where}.</translation>
    </message>
    <message>
        <source>SPF soft-failed for {domain}{where}.</source>
        <translation>Проверка SPF для {domain} дала мягкий отказ (softfail){where}.</translation>
    </message>
    <message>
        <source>SPF failed for {domain}{where}.</source>
        <translation>Проверка SPF для {domain} не пройдена{where}.</translation>
    </message>
    <message>
        <source>SPF soft-failed{where}.</source>
        <translation>Проверка SPF дала мягкий отказ (softfail){where}.</translation>
    </message>
    <message>
        <source>SPF failed{where}.</source>
        <translation>Проверка SPF не пройдена{where}.</translation>
    </message>
    <message>
        <source>DMARC failed for {domain}{where}.</source>
        <translation>Проверка DMARC для {domain} не пройдена{where}.</translation>
    </message>
    <message>
        <source>DMARC failed{where}.</source>
        <translation>Проверка DMARC не пройдена{where}.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed for a domain that matches the From domain {domain}, so DMARC could not pass.</source>
        <translation>Ни SPF, ни DKIM не пройдены для домена, совпадающего с доменом отправителя {domain}, поэтому DMARC не мог быть пройден.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed for a domain that matches the From domain, so DMARC could not pass.</source>
        <translation>Ни SPF, ни DKIM не пройдены для домена, совпадающего с доменом отправителя, поэтому DMARC не мог быть пройден.</translation>
    </message>
</context>
<context>
    <name>export_names</name>
    <message>
        <source>diagnosis</source>
        <translation>диагноз</translation>
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
    <name>live</name>
    <message>
        <source>The live checks stopped because of an error in the program (%1).</source>
        <translation>Проверки остановились из-за ошибки в программе (%1).</translation>
    </message>
    <message>
        <source>{domain} does not exist: the address is mistyped, or the domain has lapsed.</source>
        <translation>Домена {domain} не существует: адрес написан с ошибкой, или срок регистрации домена истёк.</translation>
    </message>
    <message>
        <source>{domain} receives no mail: it says so with a null MX record (RFC 7505).</source>
        <translation>{domain} не принимает почту: так сказано в его пустой записи MX (RFC 7505).</translation>
    </message>
    <message>
        <source>{domain} receives mail: its mail servers are {servers}.</source>
        <translation>{domain} принимает почту: его почтовые серверы — {servers}.</translation>
    </message>
    <message>
        <source>{domain} has no MX records; mail goes to its own address {addresses}.</source>
        <translation>У {domain} нет записей MX; почта идёт на его собственный адрес {addresses}.</translation>
    </message>
    <message>
        <source>{domain} exists but has neither mail servers nor an address: it receives no mail.</source>
        <translation>{domain} существует, но у него нет ни почтовых серверов, ни адреса: почту он не принимает.</translation>
    </message>
    <message>
        <source>{domain}, suggested for {typed}, does not exist either: it is not the right domain.</source>
        <translation>Домена {domain}, предложенного вместо {typed}, тоже не существует: это не тот домен.</translation>
    </message>
    <message>
        <source>{domain}, suggested for {typed}, receives no mail either (a null MX record).</source>
        <translation>{domain}, предложенный вместо {typed}, тоже не принимает почту (пустая запись MX).</translation>
    </message>
    <message>
        <source>{domain} receives mail (mail servers: {servers}): the address was most likely meant for {domain}, not {typed}.</source>
        <translation>{domain} принимает почту (почтовые серверы: {servers}): скорее всего, адрес должен был быть на {domain}, а не на {typed}.</translation>
    </message>
    <message>
        <source>{domain}, suggested for {typed}, has no MX records but an address ({addresses}): it can receive mail.</source>
        <translation>У {domain}, предложенного вместо {typed}, нет записей MX, но есть адрес ({addresses}): почту он принимать может.</translation>
    </message>
    <message>
        <source>{domain}, suggested for {typed}, receives no mail either.</source>
        <translation>{domain}, предложенный вместо {typed}, тоже не принимает почту.</translation>
    </message>
    <message>
        <source>No answer about {domain} within the time allowed: it could not be checked now.</source>
        <translation>Ответа о {domain} за отведённое время не было: сейчас проверить не удалось.</translation>
    </message>
    <message>
        <source>The DNS server could not answer about {domain}: it could not be checked now.</source>
        <translation>DNS-сервер не смог ответить о {domain}: сейчас проверить не удалось.</translation>
    </message>
    <message>
        <source>{ip} is listed on {list}: {codes}.</source>
        <translation>{ip} есть в чёрном списке {list}: {codes}.</translation>
    </message>
    <message>
        <source>{ip} is not listed on {list}.</source>
        <translation>{ip} нет в чёрном списке {list}.</translation>
    </message>
    <message>
        <source>{list} did not answer in time: whether {ip} is listed is not known.</source>
        <translation>{list} не ответил вовремя: есть ли {ip} в списке, неизвестно.</translation>
    </message>
    <message>
        <source>{list} could not be asked: whether {ip} is listed is not known.</source>
        <translation>Спросить {list} не удалось: есть ли {ip} в списке, неизвестно.</translation>
    </message>
    <message>
        <source>{list} does not answer queries that come through a public DNS resolver: the check could not be made from this network. This does not mean that {ip} is clean.</source>
        <translation>{list} не отвечает на запросы через общедоступный DNS-сервер: из этой сети проверить не удалось. Это не значит, что {ip} нет в списке.</translation>
    </message>
    <message>
        <source>{list} refused the query because this network asks it too often: the check could not be made from here. Whether {ip} is listed is not known.</source>
        <translation>{list} отказал в запросе: из этой сети его спрашивают слишком часто. Проверить отсюда не удалось; есть ли {ip} в списке, неизвестно.</translation>
    </message>
    <message>
        <source>{list} answered that the list&apos;s name is wrong: whether {ip} is listed is not known.</source>
        <translation>{list} ответил, что имя списка неверно: есть ли {ip} в списке, неизвестно.</translation>
    </message>
    <message>
        <source>{list} answered {codes}, which is not a listing code: whether {ip} is listed is not known.</source>
        <translation>{list} ответил {codes}, а это не код внесения в список: есть ли {ip} в списке, неизвестно.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} allows {ip} to send its mail.</source>
        <translation>Запись SPF домена {domain} разрешает {ip} отправлять его почту.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not allow {ip} to send its mail (-all): receivers may refuse it.</source>
        <translation>Запись SPF домена {domain} не разрешает {ip} отправлять его почту (-all): получатели могут её отклонять.</translation>
    </message>
    <message>
        <source>{ip} is not in the SPF record of {domain} (~all): receivers treat the mail as suspicious.</source>
        <translation>{ip} нет в записи SPF домена {domain} (~all): получатели считают такую почту подозрительной.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} says nothing about {ip} (?all).</source>
        <translation>Запись SPF домена {domain} ничего не говорит о {ip} (?all).</translation>
    </message>
    <message>
        <source>{domain} has no SPF record: receivers cannot tell which servers may send its mail.</source>
        <translation>У {domain} нет записи SPF: получатели не могут узнать, каким серверам можно отправлять его почту.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} is broken: SPF fails for every sender.</source>
        <translation>Запись SPF домена {domain} неисправна: проверка SPF не проходит ни у одного отправителя.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} needs more than 10 DNS look-ups: receivers treat it as broken, and SPF fails for every sender.</source>
        <translation>Записи SPF домена {domain} нужно больше 10 запросов DNS: получатели считают её неисправной, и проверка SPF не проходит ни у одного отправителя.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} could not be read now.</source>
        <translation>Запись SPF домена {domain} сейчас прочитать не удалось.</translation>
    </message>
    <message>
        <source>{domain} publishes an SPF record; the bounce names no sending IP to test against it.</source>
        <translation>У {domain} есть запись SPF; в отказе не назван IP-адрес отправителя, чтобы проверить его по ней.</translation>
    </message>
    <message>
        <source>{domain} publishes a DMARC record with the policy p={policy}.</source>
        <translation>У {domain} есть запись DMARC с политикой p={policy}.</translation>
    </message>
    <message>
        <source>{domain} publishes no DMARC record: Gmail, Yahoo and others refuse bulk mail from domains without one.</source>
        <translation>У {domain} нет записи DMARC: Gmail, Yahoo и другие отклоняют массовые рассылки от доменов без неё.</translation>
    </message>
    <message>
        <source>{domain} publishes a DKIM key for the selector {selector}.</source>
        <translation>У {domain} опубликован ключ DKIM для селектора {selector}.</translation>
    </message>
    <message>
        <source>The DKIM key of {domain} for the selector {selector} is revoked (empty): signatures made with it fail.</source>
        <translation>Ключ DKIM домена {domain} для селектора {selector} отозван (пуст): подписи, сделанные им, не проходят проверку.</translation>
    </message>
    <message>
        <source>{domain} publishes no DKIM key for the selector {selector}: receivers cannot verify the signature.</source>
        <translation>У {domain} нет ключа DKIM для селектора {selector}: получатели не могут проверить подпись.</translation>
    </message>
    <message>
        <source>Receivers are asked to refuse mail for it that fails both SPF and DKIM.</source>
        <translation>Получателей просят отклонять его почту, если она не прошла ни SPF, ни DKIM.</translation>
    </message>
    <message>
        <source>Receivers are asked to put mail for it that fails both SPF and DKIM in spam.</source>
        <translation>Получателей просят класть в спам его почту, если она не прошла ни SPF, ни DKIM.</translation>
    </message>
    <message>
        <source>Receivers are only asked to report mail for it that fails both SPF and DKIM.</source>
        <translation>Получателей просят только сообщать о его почте, которая не прошла ни SPF, ни DKIM.</translation>
    </message>
    <message>
        <source>SBL (a known spam source)</source>
        <translation>SBL (известный источник спама)</translation>
    </message>
    <message>
        <source>SBL CSS (a sender of low-reputation mail)</source>
        <translation>SBL CSS (отправитель почты с плохой репутацией)</translation>
    </message>
    <message>
        <source>XBL (a hijacked or infected computer)</source>
        <translation>XBL (взломанный или заражённый компьютер)</translation>
    </message>
    <message>
        <source>DROP (a network run by spammers)</source>
        <translation>DROP (сеть, которой управляют спамеры)</translation>
    </message>
    <message>
        <source>PBL (an address that should not send mail directly, listed by its provider)</source>
        <translation>PBL (адрес, с которого не должна идти почта напрямую; внесён его провайдером)</translation>
    </message>
    <message>
        <source>PBL (an address that should not send mail directly, listed by Spamhaus)</source>
        <translation>PBL (адрес, с которого не должна идти почта напрямую; внесён Spamhaus)</translation>
    </message>
    <message>
        <source>Mail servers (MX)</source>
        <translation>Почтовые серверы (MX)</translation>
    </message>
    <message>
        <source>Address (A/AAAA)</source>
        <translation>Адрес (A/AAAA)</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Чёрный список</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>Запись SPF</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>Запись DMARC</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>Ключ DKIM</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Хорошо</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Checked live at %1</source>
        <translation>Проверено по сети в %1</translation>
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
    <message>
        <source>German: address does not exist</source>
        <translation>Немецкий: адреса не существует</translation>
    </message>
    <message>
        <source>French: mailbox full</source>
        <translation>Французский: ящик переполнен</translation>
    </message>
    <message>
        <source>Spanish: address does not exist</source>
        <translation>Испанский: адреса не существует</translation>
    </message>
    <message>
        <source>Italian: address not found</source>
        <translation>Итальянский: адрес не найден</translation>
    </message>
    <message>
        <source>Portuguese: message too large</source>
        <translation>Португальский: письмо слишком большое</translation>
    </message>
    <message>
        <source>Dutch: address does not exist</source>
        <translation>Нидерландский: адреса не существует</translation>
    </message>
    <message>
        <source>Polish: mailbox full</source>
        <translation>Польский: ящик переполнен</translation>
    </message>
    <message>
        <source>Russian: address does not exist</source>
        <translation>Русский: адреса не существует</translation>
    </message>
    <message>
        <source>Japanese: address not found</source>
        <translation>Японский: адрес не найден</translation>
    </message>
    <message>
        <source>Chinese: mailbox full</source>
        <translation>Китайский: ящик переполнен</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Bounce Doctor could not read this because of an error in the program (%1).</source>
        <translation>Bounce Doctor не смог это прочитать из-за ошибки в программе (%1).</translation>
    </message>
</context>
</TS>
