import type { Metadata } from "next";
import { connection } from "next/server";
import { inter } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Quellenlage", template: "%s · Quellenlage" },
  description: "Quellen-Faktencheck für Zahlen in der Kriegsberichterstattung",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: Next.js puts the request's CSP nonce (proxy.ts) on its
  // scripts only then. A page prerendered at build time would carry no nonce and stay inert.
  await connection();
  return (
    <html lang="de" className={inter.variable}>
      <body>{children}</body>
    </html>
  );
}
