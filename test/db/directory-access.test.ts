import { chmodSync, mkdirSync, mkdtempSync, rmSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstUntraversable } from '../../src/db/directory-access.js';

// A user who owns none of these folders and is in none of their groups: only the "other" bits apply.
const STRANGER = { uid: 424_242, gid: 424_242 };
const root = mkdtempSync(path.join(tmpdir(), 'saydo-access-'));
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, mode: number): string {
  const made = path.join(root, name);
  mkdirSync(made, { recursive: true });
  chmodSync(made, mode);
  return made;
}

describe('firstUntraversable: can another user reach a path', () => {
  it('names the first folder from the root down that a stranger cannot enter, with its mode', () => {
    const closed = folder('closed', 0o700);
    const inner = path.join(closed, 'node_modules', 'bin');
    expect(firstUntraversable(inner, STRANGER)).toMatchObject({ folder: closed, mode: '0700' });
  });

  it('lets a stranger through folders whose other bits allow search, even without read', () => {
    const open = folder('search-only', 0o711);
    expect(firstUntraversable(path.join(open, 'data'), STRANGER)).toBeNull();
  });

  it('judges the owner by the owner bits and a group member by the group bits', () => {
    // Folders described rather than made, so that the owner can be someone other than whoever runs the test.
    const described = (owner: number, group: number, mode: number) => (folder: string) =>
      ({
        isDirectory: () => true,
        uid: folder === '/' ? 0 : owner,
        gid: folder === '/' ? 0 : group,
        mode: folder === '/' ? 0o755 : mode,
      }) as Stats;
    expect(firstUntraversable('/srv/app', { uid: 7, gid: 8 }, described(7, 9, 0o700))).toBeNull();
    expect(firstUntraversable('/srv/app', { uid: 6, gid: 9 }, described(7, 9, 0o710))).toBeNull();
    expect(firstUntraversable('/srv/app', { uid: 6, gid: 8 }, described(7, 9, 0o710))).toMatchObject({
      folder: '/srv',
      mode: '0710',
      owner: 7,
    });
  });

  it('treats a user not created yet as a stranger, and lets root through everything', () => {
    const closed = folder('closed-too', 0o700);
    expect(firstUntraversable(closed, { uid: null, gid: null })).toMatchObject({ folder: closed });
    expect(firstUntraversable(closed, { uid: 0, gid: 0 })).toBeNull();
  });

  it('skips folders that do not exist yet: they will be made for the user', () => {
    expect(firstUntraversable(path.join(root, 'not', 'yet', 'there'), STRANGER)).toBeNull();
  });
});
