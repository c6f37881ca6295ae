import { type Executor, type UserRow, users } from '@regin/db';
import { type NewUser, newUserSchema, type User } from '@regin/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from './audit.js';
import { hashPassword } from './passwords.js';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    regions: row.regions,
    disabled: row.disabled,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

export async function findUserByEmail(executor: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await executor
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row;
}

/** Creates a user with an argon2id hash and records it in the audit log (without the hash). */
export async function createUser(executor: Executor, input: NewUser, actorId: string | null): Promise<User> {
  const parsed = newUserSchema.parse(input);
  const passwordHash = await hashPassword(parsed.password);
  const [row] = await executor
    .insert(users)
    .values({
      email: parsed.email,
      name: parsed.name,
      passwordHash,
      roles: parsed.roles,
      regions: parsed.regions,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  const user = toUser(row);
  await recordAudit(executor, {
    actorId,
    action: 'create',
    entityType: 'user',
    entityId: user.id,
    after: user,
  });
  return user;
}

/**
 * Creates the first admin from REGIN_ADMIN_EMAIL / REGIN_ADMIN_PASSWORD when no user has that email.
 * An existing account is left as it is, so a restart never resets a changed password.
 */
export async function ensureAdmin(
  executor: Executor,
  email: string,
  password: string,
  name = 'Administrator',
): Promise<{ created: boolean; user: User }> {
  const existing = await findUserByEmail(executor, email);
  if (existing) return { created: false, user: toUser(existing) };
  const user = await createUser(executor, { email, password, name, roles: ['admin'] }, null);
  return { created: true, user };
}
