// Companies: registered with their fiscal calendar, which never changes (past windows were resolved through it).
import { currencyProblem } from '../domain/validation.js';
import { InvalidInputError } from '../errors.js';
import type { CompanyInput } from '../schemas/companies.js';
import type { Clock } from '../lib/clock.js';
import type { CompanyRow, CompanyStore } from '../store/companies.js';
import type { Page } from '../store/pagination.js';

export type { CompanyRow };

export function createCompanyService(store: CompanyStore, clock: Clock) {
  return {
    async create(input: CompanyInput): Promise<CompanyRow> {
      const notCurrency = currencyProblem(input.currency);
      if (notCurrency) throw new InvalidInputError([notCurrency]);
      return store.insert(input, clock.now());
    },

    async get(companyId: string): Promise<CompanyRow> {
      return store.get(companyId);
    },

    /** Companies in the order recorded; with asOf (epoch ms), only those recorded by then. */
    async list(asOf: number | null, page: { limit: number; cursor?: string }): Promise<Page<CompanyRow>> {
      return store.list(asOf === null ? {} : { asOf: new Date(asOf) }, page);
    },

    /**
     * A read-compare-write update: the company is locked, `precondition` sees it as it stands (an If-Match
     * check), then the patch is applied. An empty patch changes nothing.
     */
    async update(
      companyId: string,
      patch: Parameters<CompanyStore['update']>[1],
      precondition: (current: CompanyRow) => void,
    ): Promise<{ row: CompanyRow; changed: boolean }> {
      const current = await store.getForUpdate(companyId);
      precondition(current);
      return store.update(current.id, patch);
    },
  };
}

export type CompanyService = ReturnType<typeof createCompanyService>;
