// Messages from an extraction worker to the pool.
import type { AnalysisResult } from "./analyze";

export type WorkerReply =
  /** Sent once after start-up: the worker has loaded the extraction code. */
  | { ready: true }
  | { id: number; result: AnalysisResult }
  /** An unexpected error inside the analysis (a bug, not a refusal). */
  | { id: number; error: string };
