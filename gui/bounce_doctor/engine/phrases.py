"""Phrases of localised bounces, for recognising them (never for showing them).

Microsoft Exchange and Outlook translate only the user's part of a non-delivery
report: the subject prefix, the opening sentence, the section titles ("Diagnostic
information for administrators", "Generating server", "Original message headers").
The server's reply ("Remote Server returned '550 5.1.1 ...'") and the delivery
report stay in English. Other mail systems (mail.ru, Yandex, the Japanese
carriers, Chinese webmail) write their own sentences.

The phrasings come from the research notes (feature-anchors.md, section 5) and
from the localised bounces of the shared corpus. Each table is one language a
line, so a translator can add one without reading the patterns. The engine
answers in the user's language whatever the bounce's language: these words only
help to find the recipient and the codes.
"""

from __future__ import annotations

import re

from .nocase import NoCase

# Subject prefixes of non-delivery reports, as the subject starts.
SUBJECT_PREFIXES: dict[str, tuple[str, ...]] = {
    "de": ("Unzustellbar", "Nicht zustellbar", "Unzustellbare Nachricht"),
    "fr": ("Non remis", "Non distribuable", "Impossible de remettre"),
    "es": ("No se puede entregar", "No entregado", "Imposible entregar"),
    "it": ("Non recapitabile", "Non recapitato", "Impossibile recapitare"),
    "pt": ("Não é possível entregar", "Não entregue", "Impossível entregar"),
    "nl": ("Onbestelbaar", "Niet bezorgd", "Kan niet worden bezorgd"),
    "pl": ("Niedostarczalne", "Niedostarczona", "Nie można dostarczyć"),
    "sv": ("Olevererbart", "Kan inte levereras"),
    "ru": ("Не удается доставить", "Не удаётся доставить", "Недоставленное сообщение", "Ваше сообщение не доставлено",
           "Не доставлено"),
    "ja": ("配信不能", "メール送信エラー", "メールエラー通知", "配信エラー"),
    "zh": ("无法投递", "无法传递", "未送达", "退信", "邮件传输失败", "無法傳遞", "未傳遞"),
}

# Opening sentences of the reports, in the bounce's own text.
BODY_MARKERS: dict[str, tuple[str, ...]] = {
    "de": ("Ihre Nachricht hat folgende Empfänger nicht erreicht", "Ihre Nachricht konnte nicht zugestellt werden",
           "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen", "konnte nicht zugestellt werden"),
    "fr": ("Votre message n'a pas pu être remis", "Échec de la remise pour ces destinataires ou groupes",
           "Votre message à destination de", "n'a pas pu être remis"),
    "es": ("No se pudo entregar el mensaje", "No se pudo entregar a estos destinatarios o grupos",
           "Su mensaje no pudo ser entregado", "no se pudo entregar"),
    "it": ("Il messaggio non è stato recapitato", "Impossibile recapitare il messaggio",
           "Recapito non riuscito a questi destinatari o gruppi", "non è stato possibile recapitare"),
    "pt": ("A mensagem não pôde ser entregue", "Falha na entrega para estes destinatários ou grupos",
           "Não foi possível entregar a sua mensagem", "não pôde ser entregue"),
    "nl": ("Uw bericht kan niet worden bezorgd", "kan niet worden bezorgd bij de volgende geadresseerden",
           "Bezorging is mislukt voor deze geadresseerden of groepen", "kon niet worden bezorgd"),
    "pl": ("Nie można dostarczyć wiadomości", "Dostarczenie do tych adresatów lub grup nie powiodło się",
           "Twoja wiadomość nie mogła zostać dostarczona", "nie mogła zostać dostarczona"),
    "sv": ("Det gick inte att leverera till följande mottagare", "Ditt meddelande kunde inte levereras"),
    "ru": ("Не удалось доставить сообщение", "Не удалось выполнить доставку следующим получателям",
           "Ваше письмо не может быть доставлено", "Ваше сообщение не доставлено", "не может быть доставлено"),
    "ja": ("メッセージを配信できませんでした", "メッセージを配信できません", "メール配信に失敗しました",
           "送信できませんでした", "お届けできませんでした", "配信できませんでした"),
    "zh": ("邮件无法送达", "您的邮件无法送达", "邮件无法发送", "无法送达", "无法投递", "投递失败", "退信原因"),
}

# The title of the administrators' section of an Exchange report.
ADMIN_SECTIONS: dict[str, tuple[str, ...]] = {
    "en": ("Diagnostic information for administrators",),
    "de": ("Diagnoseinformationen für Administratoren",),
    "fr": ("Informations de diagnostic pour les administrateurs",),
    "es": ("Información de diagnóstico para administradores",),
    "it": ("Informazioni di diagnostica per gli amministratori",),
    "pt": ("Informações de diagnóstico para administradores",),
    "nl": ("Diagnostische gegevens voor beheerders", "Diagnostische informatie voor beheerders"),
    "pl": ("Informacje diagnostyczne dla administratorów",),
    "sv": ("Diagnostisk information för administratörer",),
    "ru": ("Диагностические сведения для администраторов",),
    "ja": ("管理者向けの診断情報",),
    "zh": ("管理员的诊断信息", "供管理员使用的诊断信息"),
}

# "Generating server:" (the reporting server) and "Receiving server:" (the remote one).
GENERATING_SERVER: tuple[str, ...] = (
    "Generating server", "Generierender Server", "Serveur de génération", "Servidor de generación",
    "Server di generazione", "Servidor de geração", "Bronserver", "Serwer generujący", "Genererande server",
    "Формирующий сервер", "生成サーバー", "生成服务器",
)
RECEIVING_SERVER: tuple[str, ...] = (
    "Receiving server", "Empfangender Server", "Serveur de réception", "Servidor de recepción",
    "Server di ricezione", "Servidor de recebimento", "Ontvangende server", "Serwer odbierający",
    "Mottagande server", "Принимающий сервер", "受信サーバー", "接收服务器",
)

# The title above the returned message's headers: the bounce's own text ends there.
ORIGINAL_HEADERS: tuple[str, ...] = (
    "Ursprüngliche Nachrichtenkopfzeilen", "En-têtes de message d'origine", "Encabezados del mensaje original",
    "Intestazioni originali del messaggio", "Cabeçalhos da mensagem original", "Oorspronkelijke berichtkoppen",
    "Oryginalne nagłówki wiadomości", "Ursprungshuvuden", "Исходные заголовки сообщения", "元のメッセージ ヘッダー",
    "原始邮件头",
)


def _alternation(words: object) -> str:
    """The phrases in lower case as a regex alternation (for :class:`..nocase.NoCase`)."""
    items: set[str] = set()
    for w in words:  # type: ignore[attr-defined]
        items.update(x.lower() for x in ([w] if isinstance(w, str) else w))
    # longest first, so that a prefix of another phrase does not win
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


SUBJECT_ALTERNATION = _alternation(SUBJECT_PREFIXES.values())
BODY_ALTERNATION = _alternation(BODY_MARKERS.values())

# a localised report's subject: the prefix at the start, perhaps after "Re:" or "WG:"
LOCAL_SUBJECT = NoCase(r"^[ \t]*(?:(?:re|aw|wg|fw|fwd|tr|rv|r|i|доб|отв)[ \t]*:[ \t]*)?(?:" + SUBJECT_ALTERNATION + ")")
LOCAL_BODY = NoCase(BODY_ALTERNATION)
ADMIN_SECTION = NoCase(_alternation(ADMIN_SECTIONS.values()))
GENERATING = NoCase(r"^[ \t]*(?:" + _alternation(GENERATING_SERVER) + r")[ \t]*:[ \t]*(?P<h>[\w.-]{1,253})", re.M)
RECEIVING = NoCase(r"^[ \t]*(?:" + _alternation(RECEIVING_SERVER) + r")[ \t]*:[ \t]*(?P<h>[\w.-]{1,253})", re.M)
ORIGINAL_TITLE = NoCase(r"^[ \t]*(?:" + _alternation(ORIGINAL_HEADERS) + r")[ \t]*:", re.M)


def languages_of(subject: str, body: str) -> tuple[str, ...]:
    """The languages whose report phrases appear in ``subject`` or ``body`` (for notes and tests)."""
    found = []
    low_s, low_b = subject.lower(), body.lower()
    for lang in SUBJECT_PREFIXES.keys() | BODY_MARKERS.keys():
        if any(p.lower() in low_s for p in SUBJECT_PREFIXES.get(lang, ())) or any(
            p.lower() in low_b for p in BODY_MARKERS.get(lang, ()) + ADMIN_SECTIONS.get(lang, ())
        ):
            found.append(lang)
    return tuple(sorted(found))
