// Quotation layer entry: findQuotes (see find-quotes.ts for the rules and their ids).
export { findQuotes, directQuoteSpans } from "./find-quotes";
export { SpeakerMemory, type ResolvedSource } from "./resolve";
