// The order of the /sources table and its CSV: ?sort=claims|verified|disputed|unverifiable|open|contradicted|name|latest
// and ?dir=asc|desc, validated with German messages (the page and the export share it).
import { z } from "zod";
import { parseInput } from "@/lib/claims/validate";
import { SOURCE_SORTS, type SortDirection, type SourceSort } from "./track-record";

export const SORT_LABELS = { sort: "Sortierung", dir: "Richtung" };

export const SORT_COLUMN_LABELS: Record<SourceSort, string> = {
  name: "Quelle",
  claims: "Behauptungen",
  verified: "belegt",
  disputed: "umstritten",
  unverifiable: "nicht überprüfbar",
  open: "offen",
  contradicted: "später widersprochen",
  latest: "Letzte Behauptung",
};

const sortSchema = z.object({
  sort: z.enum(SOURCE_SORTS, { error: `Unbekannte Sortierung. Möglich: ${SOURCE_SORTS.join(", ")}.` }).default("claims"),
  dir: z.enum(["asc", "desc"], { error: "Unbekannte Richtung. Möglich: asc (aufsteigend) oder desc (absteigend)." }).optional(),
});

export interface SourceOrder {
  sort: SourceSort;
  direction: SortDirection;
}

/** Names read best A→Z; counts and shares biggest first, unless the link says otherwise. */
export function defaultDirection(sort: SourceSort): SortDirection {
  return sort === "name" ? "asc" : "desc";
}

export function parseSourceOrder(query: URLSearchParams): SourceOrder {
  const { sort, dir } = parseInput(sortSchema, {
    sort: query.get("sort") || undefined,
    dir: query.get("dir") || undefined,
  });
  return { sort, direction: dir ?? defaultDirection(sort) };
}

/** The query string of an order, for links. */
export function orderQuery(order: SourceOrder): string {
  return new URLSearchParams({ sort: order.sort, dir: order.direction }).toString();
}
