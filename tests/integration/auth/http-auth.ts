// Moved to tests/helpers/http-session.ts (shared with the permission matrix); kept as a re-export.
export * from "../../helpers/http-session";
