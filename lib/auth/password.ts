import { hash, verify } from "@node-rs/argon2";

// Argon2id (algorithm 2) with OWASP's recommended minimum cost; the encoded hash
// carries its own parameters, so raising them later keeps old hashes valid.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(encoded: string, password: string): Promise<boolean> {
  try {
    return await verify(encoded, password);
  } catch {
    return false;
  }
}

/** Compared against when the user does not exist, so both paths cost the same time. */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("quellenlage-timing-dummy");
  return dummyHash;
}
