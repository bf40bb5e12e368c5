/** The Azerbaijani (Latin script) catalog: every area's messages in one object, loaded as one chunk (see index.ts). */
import type { Catalog } from "./languages";
import { answersMessages } from "./az-answers";
import { appMessages } from "./az-app";
import { commonMessages } from "./az-common";
import { companiesMessages } from "./az-companies";
import { compareMessages } from "./az-compare";
import { embedMessages } from "./az-embed";
import { exportsMessages } from "./az-exports";
import { fdiMessages } from "./az-fdi";
import { milestonesMessages } from "./az-milestones";
import { printMessages } from "./az-print";
import { offlineMessages } from "./az-offline";
import { provenanceMessages } from "./az-provenance";
import { sourcesMessages } from "./az-sources";
import { themeMessages } from "./az-theme";
import { tradeMessages } from "./az-trade";
import { versionMessages } from "./az-version";

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
