// The audit trail: every successful write, written by the unit of work (./unit-of-work.ts), read by admins.
import type { Page } from '../store/pagination.js';
import type { AuditRow, WriteStore } from '../store/writes.js';

export type { AuditRow };

export function createAuditService(store: WriteStore) {
  return {
    async list(page: { limit: number; cursor?: string }): Promise<Page<AuditRow>> {
      return store.listAudit(page);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
