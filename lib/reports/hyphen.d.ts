// The npm package hyphen ships no types; the part we use.
declare module "hyphen/de" {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
