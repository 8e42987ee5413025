"use client";

import { ErrorNotice } from "@/components/errors/ErrorNotice";

// Never shows the error itself: messages and stack traces stay in the server log.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
