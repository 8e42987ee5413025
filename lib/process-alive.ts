/**
 * Whether a process with this id is running. Used to tell folders, locks and pid files left by a
 * killed run (taken over or removed) from those of a live one (left alone). EPERM: it runs, as
 * another user (the embedded PostgreSQL runs as `postgres` when we are root).
 */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
