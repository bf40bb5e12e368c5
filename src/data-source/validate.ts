/**
 * Turns zod issues into one message that names the file, the record and the field,
 * so a broken dataset or API response says exactly where it is broken.
 */
import type * as z from "zod/mini";

export class DatasetError extends Error {
  readonly file: string;
  readonly issues: readonly string[];
  constructor(file: string, issues: readonly string[]) {
    super(`${file}: ${issues.join("; ")}`);
    this.name = "DatasetError";
    this.file = file;
    this.issues = issues;
  }
}

function recordLabel(data: unknown, path: readonly PropertyKey[]): string {
  // Paths look like ["records", 3, "value"] (a file) or ["data", "records", 3, "value"] (an API
  // response): what leads to the collection, the collection, the index, then the field.
  const at = path.findIndex((p) => typeof p === "number");
  const collection = at > 0 ? path[at - 1] : undefined;
  const index = at > 0 ? path[at] : undefined;
  if (typeof collection !== "string" || typeof index !== "number") {
    return path.length > 0 ? `field "${path.map(String).join(".")}"` : "top level";
  }
  let node: unknown = data;
  for (const key of path.slice(0, at)) {
    node = typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  const item: unknown = Array.isArray(node) ? node[index] : undefined;
  const id = typeof item === "object" && item !== null && "id" in item ? item.id : undefined;
  const prefix = path.slice(0, at - 1).map(String);
  const where = `${[...prefix, collection].join(".")}[${index}]${typeof id === "string" ? ` (id "${id}")` : ""}`;
  const field = path.slice(at + 1).map(String);
  return field.length > 0 ? `${where}, field "${field.join(".")}"` : where;
}

export function formatIssues(data: unknown, error: z.core.$ZodError): string[] {
  return error.issues.slice(0, 10).map((issue) => `${recordLabel(data, issue.path)}: ${issue.message}`);
}

export function parseOrThrow<S extends z.ZodMiniType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new DatasetError(file, formatIssues(data, result.error));
  return result.data;
}
