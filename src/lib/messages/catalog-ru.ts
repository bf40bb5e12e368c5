/** The Russian catalog: every area's messages in one object, loaded as one chunk (see index.ts). */
import type { Catalog } from "./languages";
import { answersMessages } from "./ru-answers";
import { appMessages } from "./ru-app";
import { commonMessages } from "./ru-common";
import { companiesMessages } from "./ru-companies";
import { compareMessages } from "./ru-compare";
import { embedMessages } from "./ru-embed";
import { exportsMessages } from "./ru-exports";
import { fdiMessages } from "./ru-fdi";
import { milestonesMessages } from "./ru-milestones";
import { printMessages } from "./ru-print";
import { offlineMessages } from "./ru-offline";
import { provenanceMessages } from "./ru-provenance";
import { sourcesMessages } from "./ru-sources";
import { themeMessages } from "./ru-theme";
import { tradeMessages } from "./ru-trade";
import { versionMessages } from "./ru-version";

export const messages: Catalog = {
  ...commonMessages,
  ...appMessages,
  ...answersMessages,
  ...provenanceMessages,
  ...sourcesMessages,
  ...tradeMessages,
  ...exportsMessages,
  ...fdiMessages,
  ...companiesMessages,
  ...milestonesMessages,
  ...themeMessages,
  ...printMessages,
  ...compareMessages,
  ...embedMessages,
  ...offlineMessages,
  ...versionMessages,
};
