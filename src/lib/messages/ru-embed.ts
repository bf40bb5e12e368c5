/** Russian messages: A panel's chart-only view (/embed/<panel>) and the Embed dialog that gives its code. ICU message syntax. */
import type { embedMessages as english } from "./en-embed";

export const embedMessages = {
  "embed.documentTitle": "{title} · {app}",
  "embed.noscript": "Чтобы встроенный график показал данные, нужен JavaScript.",
  "embed.showing": "Показано: {filters}",
  "embed.tabs": "{title}: представления",
  "embed.sourcesIntro": "Документы, из которых взяты показанные здесь данные:",
  "embed.noSources": "Для того, что показывает эта панель, источник не указан.",
  "embed.openFull": "Открыть весь дашборд",
  "embed.newTab": "(откроется в новой вкладке)",
  "embed.unknownTitle": "Такой панели нет",
  "embed.unknownText": "«{key}» — не панель этого дашборда. Его панели: {panels}.",
  "embed.unknownLink": "Открыть дашборд",
  "embed.button": "Встроить",
  "embed.buttonName": "Встроить: {title}",
  "embed.dialogTitle": "Встроить «{title}»",
  "embed.dialogIntro":
    "Вставьте этот HTML-код в веб-страницу, чтобы показать эту панель в текущем виде ({filters}), на этом языке, с таблицей, источниками и ссылкой на дашборд.",
  "embed.codeLabel": "HTML-код",
  "embed.copy": "Копировать код",
  "embed.copied": "Код скопирован.",
  "embed.copyFailed": "Не удалось скопировать: выделите код и скопируйте его вручную (Ctrl+C или ⌘C).",
  "embed.preview": "Открыть встроенный вид",
  "embed.close": "Закрыть",
  "embed.iframeTitle": "{title}: {app}",
} as const satisfies Record<keyof typeof english, string>;
