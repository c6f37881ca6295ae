import { auditEvents, type Executor } from '@regin/db';
import type { AuditEvent } from '@regin/domain';

export interface AuditEntry {
  actorId: string | null;
  action: AuditEvent['action'];
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Call inside the write's transaction so the change and its audit record land together or not at all. */
export async function recordAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await executor.insert(auditEvents).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
