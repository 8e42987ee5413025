// German display formats used across pages (server and client safe).
const dateTime = new Intl.DateTimeFormat("de-DE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Berlin",
});

export function formatDateTime(date: Date | null | undefined): string {
  return date ? `${dateTime.format(date)} Uhr` : "";
}

/** "06.11.2024, 11:15 Uhr", or the printed "Stand" when the outlet gives no date. */
export function formatArticleDate(publishedAt: Date | null, stand: string | null): string {
  if (publishedAt) return formatDateTime(publishedAt);
  return stand ? `Stand: ${stand}` : "ohne Datum";
}
