// Limits of a report scope that the queue's selection also needs in the browser: here, apart from
// the scope schema (scope-input.ts), so the queue page's bundle does not carry zod for a number.

/** Picked claims travel as ids in the URL; the queue shows at most 100 per page. */
export const MAX_SCOPE_CLAIMS = 200;
