/** Russian messages: Offline use: the new-version notice and the offline data notice. ICU message syntax. */
import type { offlineMessages as english } from "./en-offline";

export const offlineMessages = {
  "update.available": "Доступна новая версия",
  "update.reload": "Перезагрузить",
  "update.dismiss": "Закрыть уведомление о новой версии",
  "offline.dataAsOf": "Офлайн: данные на {time}",
} as const satisfies Record<keyof typeof english, string>;
