/** `npm run openapi`: regenerates server/openapi.json (Prettier-formatted, committed). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { openApiDocument } from "./openapi.ts";

const target = fileURLToPath(new URL("./openapi.json", import.meta.url));
const options = (await prettier.resolveConfig(target)) ?? {};
const text = await prettier.format(JSON.stringify(openApiDocument()), { ...options, parser: "json" });
writeFileSync(target, text);
console.log(`wrote ${target}`);
