import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorForm } from "@/components/admin/ActorForm";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { findRegistryActor } from "@/lib/actors/registry";
import { requirePagePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Akteur bearbeiten" };
export const dynamic = "force-dynamic";

export default async function ActorPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("actor:manage");
  const actor = await findRegistryActor(getPrisma(), user, (await params).id);
  if (!actor) notFound();
  return (
    <WorkbenchShell user={user}>
      <p>
        <Link href="/admin/actors">← Akteursregister</Link>
      </p>
      <h1>{actor.canonicalName}</h1>
      <ActorForm mode="edit" actor={actor} />
    </WorkbenchShell>
  );
}
