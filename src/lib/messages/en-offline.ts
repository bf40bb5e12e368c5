/** English messages: Offline use: the new-version notice and the offline data notice. ICU message syntax. */
export const offlineMessages = {
  "update.available": "New version available",
  "update.reload": "Reload",
  "update.dismiss": "Dismiss the new-version notice",
  "offline.dataAsOf": "Offline: data as of {time}",
} as const;
