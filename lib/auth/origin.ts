// next-auth v4 takes its origin – the base of every redirect it sends and the reason to use
// __Secure- cookies – from NEXTAUTH_URL. Without NEXTAUTH_URL it uses the request's Host (or
// X-Forwarded-Host) header only when AUTH_TRUST_HOST is set, and otherwise falls back to a
// hard-coded http://localhost:3000. Called by the auth route before next-auth runs.
import { config } from "@/lib/config/env";

/**
 * QUELLENLAGE_PUBLIC_URL, when set, is next-auth's origin; otherwise an explicit NEXTAUTH_URL;
 * otherwise the host the request came to. Only process-wide settings, never per request, so
 * concurrent requests cannot see each other's values.
 */
export function configureAuthOrigin(env: NodeJS.ProcessEnv = process.env): void {
  const publicUrl = config().QUELLENLAGE_PUBLIC_URL;
  if (publicUrl) {
    env.NEXTAUTH_URL = publicUrl;
    return;
  }
  if (!env.NEXTAUTH_URL?.trim()) {
    delete env.NEXTAUTH_URL;
    env.AUTH_TRUST_HOST = "true";
  }
}
