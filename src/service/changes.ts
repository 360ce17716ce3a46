// Reading the change feed: positions in it travel as opaque cursors ('<txid>.<id>[.<n>]').
import { InvalidInputError } from '../errors.js';
import type { ChangeRow, ChangeStore, FeedPosition } from '../store/changes.js';

export type { ChangeRow, FeedPosition };

export function encodeFeedCursor(p: FeedPosition): string {
  return p.n === 0 ? `${p.txid}.${p.id}` : `${p.txid}.${p.id}.${p.n}`;
}

export function decodeFeedCursor(cursor: string | undefined): FeedPosition {
  if (cursor === undefined || cursor === '0') return { txid: '0', id: 0, n: 0 };
  const m = /^(\d{1,20})\.(\d{1,18})(?:\.(\d{1,9}))?$/.exec(cursor);
  if (!m?.[1] || !m[2])
    throw new InvalidInputError([{ parameter: 'after', detail: 'is not a cursor this feed issued' }]);
  return { txid: m[1], id: Number(m[2]), n: Number(m[3] ?? 0) };
}

export function createChangeService(store: ChangeStore) {
  return {
    /** Changes after a position, oldest first; never one that a later call could place before them. */
    async after(position: FeedPosition, limit: number, companyId?: string): Promise<ChangeRow[]> {
      return store.after(position, limit, companyId);
    },

    /**
     * The change feed's lag: how long committed changes have been held back from readers by an older
     * transaction still running (0 when none is). A stuck session shows here before clients notice.
     */
    async lagSeconds(): Promise<number> {
      return store.heldBackSeconds();
    },
  };
}

export type ChangeService = ReturnType<typeof createChangeService>;
