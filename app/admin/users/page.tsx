import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/CreateUserForm";
import { UserTable } from "@/components/admin/UserTable";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { requirePagePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { listUsers } from "@/lib/users/admin";

export const metadata: Metadata = { title: "Benutzer" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const user = await requirePagePermission("user:manage");
  const users = await listUsers(getPrisma(), user);
  return (
    <WorkbenchShell user={user}>
      <h1>Benutzer</h1>
      <p className="muted">
        Konten werden nie gelöscht, nur deaktiviert: Das Protokoll behält, wer was getan hat. Deaktivieren, eine neue Rolle und
        ein neues Passwort beenden alle offenen Sitzungen des Kontos sofort.
      </p>
      <UserTable users={users} currentUserId={user.id} />
      <CreateUserForm />
    </WorkbenchShell>
  );
}
