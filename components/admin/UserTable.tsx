import { ROLE_LABELS } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import type { UserListEntry } from "@/lib/users/admin";
import { UserRowActions } from "./UserRowActions";
import styles from "./admin.module.css";

export function UserTable({ users, currentUserId }: { users: UserListEntry[]; currentUserId: string }) {
  if (users.length === 0) return <p className="empty">Noch keine Benutzer angelegt.</p>;
  return (
    <table className={styles.table} data-testid="user-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">E-Mail-Adresse</th>
          <th scope="col">Rolle</th>
          <th scope="col">Status</th>
          <th scope="col">Letzte Anmeldung</th>
          <th scope="col">Ändern</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className={user.active ? undefined : styles.inactive} data-testid={`user-row-${user.email}`}>
            <td>{user.name}</td>
            <td>{user.email}</td>
            <td>{ROLE_LABELS[user.role]}</td>
            <td>{user.active ? "aktiv" : "deaktiviert"}</td>
            <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "noch nie"}</td>
            <td>
              <UserRowActions
                user={{ id: user.id, name: user.name, role: user.role, active: user.active }}
                isSelf={user.id === currentUserId}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
