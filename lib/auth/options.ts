import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db/prisma";
import { authenticate } from "./authenticate";
import type { Role } from "./permissions";

export const authOptions: NextAuthOptions = {
  // Read at request time: `npm start` provides it (generated once into ./.data).
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-Mail und Passwort",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        return authenticate(getPrisma(), credentials);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: Role };
        token.sub = u.id;
        token.role = u.role;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = token.role as Role;
      }
      return session;
    },
  },
};
