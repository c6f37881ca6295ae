import {
  evaluatorListResponseSchema,
  problemSchema,
  userCreateBodySchema,
  userListResponseSchema,
  userParamsSchema,
  userPatchBodySchema,
} from '@regin/api-contract';
import { sessions, users } from '@regin/db';
import { userSchema } from '@regin/domain';
import { and, arrayContains, asc, eq } from 'drizzle-orm';
import type { App } from '../../lib/app-types.js';
import { recordAudit } from '../../lib/audit.js';
import { hashPassword } from '../../lib/passwords.js';
import { fieldError, HttpProblem } from '../../lib/problem.js';
import { createUser, findUserByEmail, toUser } from '../../lib/users.js';

const ADMINS = { roles: ['admin'] } as const;
const responses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};

export async function userRoutes(app: App) {
  app.get(
    '/api/v1/users',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['auth'],
        summary: 'Users, their roles and regions (admins)',
        security: [{ session: [] }],
        response: { 200: userListResponseSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async () => ({ items: (await app.db.select().from(users).orderBy(asc(users.email))).map(toUser) }),
  );

  app.get(
    '/api/v1/evaluators',
    {
      // Coordinators assign evaluators too; they see names and emails, not the whole user list.
      config: { access: { roles: ['admin', 'coordinator'] } },
      schema: {
        tags: ['auth'],
        summary: 'Enabled users with the evaluator role, to assign to actions (admins, coordinators)',
        security: [{ session: [] }],
        response: { 200: evaluatorListResponseSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async () => ({
      items: await app.db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(and(arrayContains(users.roles, ['evaluator']), eq(users.disabled, false)))
        .orderBy(asc(users.name)),
    }),
  );

  app.post(
    '/api/v1/users',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['auth'],
        summary: 'Create a user with roles (and regions for regional editors)',
        security: [{ session: [], csrf: [] }],
        body: userCreateBodySchema,
        response: { 201: userSchema, ...responses },
      },
    },
    async (request, reply) => {
      if (await findUserByEmail(app.db, request.body.email)) {
        throw new HttpProblem('conflict', `A user with email ${request.body.email} exists`, [
          fieldError('body', ['email'], 'is already used'),
        ]);
      }
      const user = await app.db.transaction((tx) => createUser(tx, request.body, request.session!.user.id));
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['auth'],
        summary:
          "Change a user's name, roles, regions, reset their password or disable them (ends their sessions)",
        security: [{ session: [], csrf: [] }],
        params: userParamsSchema,
        body: userPatchBodySchema,
        response: { 200: userSchema, ...responses },
      },
    },
    async (request) => {
      const actor = request.session!.user;
      const patch = request.body;
      if (
        request.params.id === actor.id &&
        (patch.disabled || (patch.roles && !patch.roles.includes('admin')))
      ) {
        throw new HttpProblem('conflict', 'You cannot disable yourself or drop your own admin role', [
          fieldError('body', [patch.disabled ? 'disabled' : 'roles'], 'ask another admin'),
        ]);
      }
      if (request.params.id === actor.id && patch.password) {
        throw new HttpProblem('conflict', 'Change your own password with POST /api/v1/auth/password', [
          fieldError('body', ['password'], 'use your account page, which asks for the current password'),
        ]);
      }
      const { password, ...fields } = patch;
      const passwordHash = password ? await hashPassword(password) : undefined;
      return app.db.transaction(async (tx) => {
        const [before] = await tx.select().from(users).where(eq(users.id, request.params.id)).for('update');
        if (!before) throw new HttpProblem('not-found', `No user ${request.params.id}`);
        const roles = patch.roles ?? before.roles;
        const regions = patch.regions ?? before.regions;
        if (roles.includes('regional_editor') && regions.length === 0) {
          throw new HttpProblem('validation', 'A regional editor needs at least one region', [
            fieldError('body', ['regions'], 'give at least one region'),
          ]);
        }
        const [after] = await tx
          .update(users)
          .set({ ...fields, ...(passwordHash ? { passwordHash } : {}), updatedAt: new Date().toISOString() })
          .where(eq(users.id, before.id))
          .returning();
        if (!after) throw new Error('user update returned no row');
        // Changed rights take effect now, not at the next login.
        if (patch.disabled || patch.roles || patch.regions || password)
          await tx.delete(sessions).where(eq(sessions.userId, before.id));
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'update',
          entityType: 'user',
          entityId: before.id,
          before: toUser(before),
          // The hash never enters the log; that the password was reset does.
          after: password ? { ...toUser(after), password: 'reset' } : toUser(after),
        });
        return toUser(after);
      });
    },
  );
}
