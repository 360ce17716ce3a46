// Whether another user can reach a path: the embedded PostgreSQL runs as the unprivileged user 'postgres' when saydo
// runs as root, and that user must be able to enter every folder above its binaries and its data.
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** A user by ids; null ids stand for a user not created yet, who owns nothing and is in no group. */
export interface UserIds {
  uid: number | null;
  gid: number | null;
}

export interface Blocked {
  /** The first folder, from the root down, the user cannot enter. */
  folder: string;
  /** Its permission bits, as chmod writes them ("0700"). */
  mode: string;
  owner: number;
}

const SEARCH = { owner: 0o100, group: 0o010, other: 0o001 } as const;

/**
 * The first folder on the way to `target` (from `/` down, `target` itself included when it exists) that `user`
 * may not enter, judged from owner, group and other search bits; null when every one can be entered. Root enters
 * everything. Supplementary groups are not consulted: only the user's primary group.
 */
export function firstUntraversable(
  target: string,
  user: UserIds,
  stat: (folder: string) => Stats | null = statOrNull,
): Blocked | null {
  if (user.uid === 0) return null;
  const absolute = path.resolve(target);
  const folders: string[] = [];
  for (let folder = absolute; ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (path.dirname(folder) === folder) break;
  }
  for (const folder of folders) {
    const stats = stat(folder);
    if (stats === null || !stats.isDirectory()) continue; // not there yet: it will be created by and for the user
    const bit =
      user.uid !== null && stats.uid === user.uid
        ? SEARCH.owner
        : user.gid !== null && stats.gid === user.gid
          ? SEARCH.group
          : SEARCH.other;
    if ((stats.mode & bit) === 0) {
      return { folder, mode: `0${(stats.mode & 0o777).toString(8).padStart(3, '0')}`, owner: stats.uid };
    }
  }
  return null;
}

function statOrNull(folder: string): Stats | null {
  try {
    return statSync(folder);
  } catch {
    return null;
  }
}
