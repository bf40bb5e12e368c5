/** Azerbaijani (Latin) messages: Offline use: the new-version notice and the offline data notice. ICU message syntax. */
import type { offlineMessages as english } from "./en-offline";

export const offlineMessages = {
  "update.available": "Yeni versiya mövcuddur",
  "update.reload": "Yenidən yüklə",
  "update.dismiss": "Yeni versiya bildirişini bağla",
  "offline.dataAsOf": "Oflayn: {time} vəziyyətinə olan məlumatlar",
} as const satisfies Record<keyof typeof english, string>;
