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
  // Paths look like ["records", 3, "value"]: the collection, the index, then the field.
  const [collection, index, ...field] = path;
  if (typeof collection !== "string" || typeof index !== "number") {
    return path.length > 0 ? `field "${path.map(String).join(".")}"` : "top level";
  }
  let id: unknown;
  if (typeof data === "object" && data !== null && collection in data) {
    const list: unknown = (data as Record<string, unknown>)[collection];
    const item: unknown = Array.isArray(list) ? list[index] : undefined;
    if (typeof item === "object" && item !== null && "id" in item) id = item.id;
  }
  const where = `${collection}[${index}]${typeof id === "string" ? ` (id "${id}")` : ""}`;
  return field.length > 0 ? `${where}, field "${field.map(String).join(".")}"` : where;
}

export function formatIssues(data: unknown, error: z.core.$ZodError): string[] {
  return error.issues.slice(0, 10).map((issue) => `${recordLabel(data, issue.path)}: ${issue.message}`);
}

export function parseOrThrow<S extends z.ZodMiniType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new DatasetError(file, formatIssues(data, result.error));
  return result.data;
}
