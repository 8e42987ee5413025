// Corrections of a claim's cluster membership (detach, merge, split) say nothing about the claim's
// own content or attribution: they neither bar the editor from the four-eyes decision on the claim
// nor make the claim "touched" for "Attribution neu berechnen". Readers that mean "corrected claim"
// count only the other kinds.
import type { CorrectionKind } from "@/lib/generated/prisma/enums";

export const CLUSTER_CORRECTION_KINDS: CorrectionKind[] = ["CLUSTER_DETACH", "CLUSTER_MERGE", "CLUSTER_SPLIT"];

/** Prisma filter: corrections of the claim itself. */
export const CLAIM_CORRECTIONS_ONLY = { kind: { notIn: CLUSTER_CORRECTION_KINDS } };
