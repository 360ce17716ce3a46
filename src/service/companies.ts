// Companies: registered with their fiscal calendar, which changes only while no statement has been resolved
// through it.
import { type FiscalCalendar, calendarFromSpec, calendarKey } from '../domain/fiscal.js';
import { currencyProblem } from '../domain/validation.js';
import { ConflictError, type FieldError, InvalidInputError } from '../errors.js';
import type { CompanyInput, CompanyPatch } from '../schemas/companies.js';
import type { Clock } from '../lib/clock.js';
import type { CompanyRow, CompanyStore } from '../store/companies.js';
import type { Page } from '../store/pagination.js';
import { calendarColumns, companyCalendar } from './mapping.js';

export type { CompanyRow };

export function createCompanyService(store: CompanyStore, clock: Clock) {
  return {
    async create(input: CompanyInput): Promise<CompanyRow> {
      const errors: FieldError[] = [];
      const notCurrency = currencyProblem(input.currency);
      if (notCurrency) errors.push(notCurrency);
      const calendar = createCalendar(input, errors);
      if (errors.length > 0 || calendar === null) throw new InvalidInputError(errors);
      const { fiscalCalendar: _spec, ...fields } = input;
      return store.insert({ ...fields, ...calendarColumns(calendar) }, clock.now());
    },

    async get(companyId: string): Promise<CompanyRow> {
      return store.get(companyId);
    },

    /** Companies in the order recorded; with asOf (epoch ms), only those recorded by then. */
    /** Companies in the order recorded; with asOf (epoch ms) only those recorded by then, with ticker only its company. */
    async list(
      filter: { asOf: number | null; ticker?: string },
      page: { limit: number; cursor?: string },
    ): Promise<Page<CompanyRow>> {
      const { asOf, ticker } = filter;
      return store.list({ ticker, ...(asOf === null ? {} : { asOf: new Date(asOf) }) }, page);
    },

    /**
     * A read-compare-write update: the company is locked, `precondition` sees it as it stands (an If-Match
     * check), then the patch is applied. An empty patch changes nothing.
     */
    async update(
      companyId: string,
      patch: CompanyPatch,
      precondition: (current: CompanyRow) => void,
    ): Promise<{ row: CompanyRow; changed: boolean }> {
      const current = await store.getForUpdate(companyId);
      precondition(current);
      const { fiscalCalendar: spec, ...fields } = patch;
      if (spec === undefined) return store.update(current.id, fields);
      const calendar = calendarFromSpec(spec);
      const same = calendarKey(calendar) === calendarKey(companyCalendar(current));
      // The lock taken above makes this check and the change one step: a statement being recorded holds the
      // company row (FOR KEY SHARE) from reading its calendar until it commits, so it either came first and is
      // seen here, or waits and resolves its window through the new calendar.
      if (!same && (await store.hasStatements(current.id))) {
        throw new ConflictError(
          `company '${current.id}' has statements whose windows were resolved through its fiscal calendar; ` +
            'the calendar can no longer change',
        );
      }
      return store.update(current.id, same ? fields : { ...fields, ...calendarColumns(calendar) });
    },
  };
}

/** The calendar a new company asks for: its fiscalCalendar, else the month-end one of fiscalYearEndMonth. */
function createCalendar(input: CompanyInput, errors: FieldError[]): FiscalCalendar | null {
  const month = input.fiscalYearEndMonth;
  if (input.fiscalCalendar === undefined) {
    if (month !== undefined) return { fiscalYearEndMonth: month };
    errors.push({ pointer: '/fiscalYearEndMonth', detail: 'is required when fiscalCalendar is not given' });
    return null;
  }
  const calendar = calendarFromSpec(input.fiscalCalendar);
  if (month !== undefined && month !== calendar.fiscalYearEndMonth) {
    errors.push({
      pointer: '/fiscalYearEndMonth',
      detail: `is ${month}, but fiscalCalendar ends the year in month ${calendar.fiscalYearEndMonth}`,
    });
    return null;
  }
  return calendar;
}

export type CompanyService = ReturnType<typeof createCompanyService>;
