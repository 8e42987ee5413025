"use client";

// Replaces the root layout when that fails: brings its own document, styles and font.
import { ErrorNotice } from "@/components/errors/ErrorNotice";
import { inter } from "./fonts";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="de" className={inter.variable}>
      <body>
        <title>Fehler · Quellenlage</title>
        <ErrorNotice error={error} retry={retry} />
      </body>
    </html>
  );
}
