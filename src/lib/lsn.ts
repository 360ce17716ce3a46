// PostgreSQL WAL positions (LSNs), as text ('16/B374D848') and as comparable numbers.

/** 'X/Y' (two hexadecimal halves) as one number; null if it is not an LSN. */
export function parseLsn(text: string | undefined | null): bigint | null {
  const m = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text ?? '');
  if (!m?.[1] || !m[2]) return null;
  return (BigInt(`0x${m[1]}`) << 32n) | BigInt(`0x${m[2]}`);
}

export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}
