import { createHash } from 'node:crypto';

/** Tokens are stored as their SHA-256: a copy of the database gives no one a working token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
