// Web domains of the actor registry: which actor's own channel an evidence link comes from.
// An entry is a host ("mil.ru", matching its subdomains too) or a host with a first path
// segment for platforms where one host carries many speakers ("t.me/mod_russia"). Client-safe
// (no database), so forms can explain a refusal before saving.

/** Hosts that are the same platform under another name; entries and links are compared on the first. */
const HOST_ALIASES: Record<string, string> = {
  "telegram.me": "t.me",
  "x.com": "twitter.com",
  "m.facebook.com": "facebook.com",
  "mobile.twitter.com": "twitter.com",
};

/** Platforms where the first path segment names the channel, so the host alone says nothing. */
const CHANNEL_HOSTS = new Set(["t.me", "twitter.com", "facebook.com", "instagram.com", "youtube.com", "vk.com", "tiktok.com"]);

const MAX_ENTRY = 200;

export interface Site {
  host: string;
  /** First path segment, lower-case, only for channel hosts; "" otherwise. */
  channel: string;
}

function canonicalHost(host: string): string {
  const bare = host
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^www\./, "");
  return HOST_ALIASES[bare] ?? bare;
}

function parseLoosely(text: string): URL | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** The site of a link or registry entry, or null when it is no http(s) address. */
export function siteOf(text: string): Site | null {
  const url = parseLoosely(text);
  if (!url || !url.hostname.includes(".")) return null;
  const host = canonicalHost(url.hostname);
  const firstSegment = url.pathname.split("/").find((segment) => segment !== "") ?? "";
  const channel = CHANNEL_HOSTS.has(host) ? decodeURIComponent(firstSegment).toLowerCase().replace(/^@/, "") : "";
  return { host, channel };
}

/** How a registry entry is stored: "mil.ru", "t.me/mod_russia"; null when it is no domain. */
export function normalizeDomainEntry(text: string): string | null {
  if (text.trim().length > MAX_ENTRY) return null;
  const site = siteOf(text);
  if (!site) return null;
  return site.channel ? `${site.host}/${site.channel}` : site.host;
}

/** A platform host without a channel ("t.me"): as a registry entry it would match no link. */
export function isBarePlatformEntry(entry: string): boolean {
  const site = siteOf(entry);
  return !!site && CHANNEL_HOSTS.has(site.host) && site.channel === "";
}

/** The domain shown beside an evidence link ("mil.ru", "t.me/mod_russia"), or "" when unreadable. */
export function displayDomain(url: string): string {
  return normalizeDomainEntry(url) ?? "";
}

/**
 * Whether a link comes from the site a registry entry names: same host or a subdomain of it;
 * for an entry with a channel, the same channel. A bare platform host ("t.me") matches no link,
 * because it would make every channel on it official.
 */
export function linkMatchesEntry(link: Site, entry: Site): boolean {
  if (CHANNEL_HOSTS.has(entry.host) && entry.channel === "") return false;
  const sameHost = link.host === entry.host || link.host.endsWith(`.${entry.host}`);
  if (!sameHost) return false;
  return entry.channel === "" || link.channel === entry.channel;
}

/** The registry actor whose domains contain the link (the most specific entry wins), or null. */
export function ownerOfLink<T extends { domains: readonly string[] }>(url: string, actors: readonly T[]): T | null {
  const link = siteOf(url);
  if (!link) return null;
  let best: { actor: T; specificity: number } | null = null;
  for (const actor of actors) {
    for (const domain of actor.domains) {
      const entry = siteOf(domain);
      if (!entry || !linkMatchesEntry(link, entry)) continue;
      const specificity = entry.host.length + (entry.channel ? 1000 : 0);
      if (!best || specificity > best.specificity) best = { actor, specificity };
    }
  }
  return best?.actor ?? null;
}
