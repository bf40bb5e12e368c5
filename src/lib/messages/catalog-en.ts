/** The English catalog: every area's messages in one object, loaded as one chunk (see index.ts). */
import { answersMessages } from "./en-answers";
import { appMessages } from "./en-app";
import { commonMessages } from "./en-common";
import { companiesMessages } from "./en-companies";
import { compareMessages } from "./en-compare";
import { embedMessages } from "./en-embed";
import { exportsMessages } from "./en-exports";
import { fdiMessages } from "./en-fdi";
import { milestonesMessages } from "./en-milestones";
import { printMessages } from "./en-print";
import { offlineMessages } from "./en-offline";
import { provenanceMessages } from "./en-provenance";
import { sourcesMessages } from "./en-sources";
import { themeMessages } from "./en-theme";
import { tradeMessages } from "./en-trade";
import { versionMessages } from "./en-version";

export const messages = {
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
} as const;
