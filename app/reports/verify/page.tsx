import type { Metadata } from "next";
import Link from "next/link";
import { VerifyForm } from "@/components/reports/VerifyForm";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Bericht prüfen" };
export const dynamic = "force-dynamic";

export default async function VerifyReportPage() {
  const user = await requirePagePermission("report:read");
  return (
    <WorkbenchShell user={user}>
      <h1>Bericht prüfen</h1>
      <p>
        Ist eine Datei ein Endbericht von Quellenlage, und ist sie unverändert? Die SHA-256-Prüfsumme der Datei wird mit allen
        archivierten Berichtsdateien verglichen. Zurück zu den <Link href="/reports">Berichten</Link>.
      </p>
      <VerifyForm />
    </WorkbenchShell>
  );
}
