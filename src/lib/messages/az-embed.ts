/** Azerbaijani (Latin) messages: A panel's chart-only view (/embed/<panel>) and the Embed dialog that gives its code. ICU message syntax. */
import type { embedMessages as english } from "./en-embed";

export const embedMessages = {
  "embed.documentTitle": "{title} · {app}",
  "embed.noscript": "Bu yerləşdirilmiş qrafikin göstəriciləri göstərməsi üçün JavaScript lazımdır.",
  "embed.showing": "Görünüş — {filters}",
  "embed.tabs": "{title}: görünüşlər",
  "embed.sourcesIntro": "Burada göstərilən rəqəmlərin götürüldüyü sənədlər:",
  "embed.noSources": "Bu panelin göstərdikləri üçün heç bir mənbə göstərilməyib.",
  "embed.openFull": "Tam informasiya panelini aç",
  "embed.newTab": "(yeni vərəqdə açılır)",
  "embed.unknownTitle": "Belə panel yoxdur",
  "embed.unknownText": "“{key}” bu informasiya panelinin paneli deyil. Onun panelləri: {panels}.",
  "embed.unknownLink": "İnformasiya panelini aç",
  "embed.button": "Yerləşdir",
  "embed.buttonName": "Yerləşdir: {title}",
  "embed.dialogTitle": "“{title}” panelini yerləşdir",
  "embed.dialogIntro":
    "Bu paneli indiki görünüşündə ({filters}), bu dildə, cədvəli, mənbələri və informasiya panelinə qayıdış keçidi ilə göstərmək üçün bu HTML kodunu veb səhifəyə yapışdırın.",
  "embed.codeLabel": "HTML kodu",
  "embed.copy": "Kodu kopyala",
  "embed.copied": "Kod kopyalandı.",
  "embed.copyFailed": "Kopyalamaq alınmadı: kodu seçin və əl ilə kopyalayın (Ctrl+C və ya ⌘C).",
  "embed.preview": "Yerləşdirilmiş görünüşü aç",
  "embed.close": "Bağla",
  "embed.iframeTitle": "{title}: {app}",
} as const satisfies Record<keyof typeof english, string>;
