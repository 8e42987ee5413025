/** Missing session or missing permission; shown to the user in German. */
export class PermissionError extends Error {
  constructor(
    message = "Dafür fehlt Ihnen die Berechtigung.",
    public readonly anonymous = false,
  ) {
    super(message);
    this.name = "PermissionError";
  }
}
