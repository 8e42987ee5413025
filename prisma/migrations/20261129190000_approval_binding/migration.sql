-- Four-eyes approval is bound to what was submitted: at submission the SHA-256 of the claim's
-- canonical reviewed content (lib/approvals/fingerprint.ts) is stored; approving compares it
-- with the current content. NULL while the claim is not submitted.
ALTER TABLE "claims" ADD COLUMN "submitted_fingerprint" CHAR(64);
