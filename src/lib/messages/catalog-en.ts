/** The English catalog: every area's messages in one object, loaded as one chunk (see index.ts). */
import { answersMessages } from "./en-answers";
import { appMessages } from "./en-app";
import { commonMessages } from "./en-common";
import { companiesMessages } from "./en-companies";
import { exportsMessages } from "./en-exports";
import { fdiMessages } from "./en-fdi";
import { milestonesMessages } from "./en-milestones";
import { offlineMessages } from "./en-offline";
import { provenanceMessages } from "./en-provenance";
import { sourcesMessages } from "./en-sources";
import { tradeMessages } from "./en-trade";

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
  ...offlineMessages,
} as const;
