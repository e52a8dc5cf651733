import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Locale, MonthKey } from '../../../domain';
import { queryKeys, useDataSource } from '../../../data';
import { parseEdits, replaceEdits, type Edits } from './store';

/** Edits are sent this long after the last keystroke's save. */
const SEND_AFTER_MS = 600;

/**
 * When the source is a data service, a bulletin's edits are the service's: on opening, its copy
 * replaces this browser's (everyone sees the same text), and an editor's changes are sent back.
 * Without a login the service refuses the write (401) and the edits stay in this browser, as
 * with any other source.
 */
export function useSharedEdits(storageKey: string, scopeId: string, month: MonthKey, locale: Locale, edits: Edits): void {
  const { adapter } = useDataSource();
  const capabilities = useQuery({
    queryKey: queryKeys.capabilities(adapter.id),
    queryFn: ({ signal }) => adapter.getCapabilities!({ signal }),
    enabled: adapter.getCapabilities !== undefined,
  });
  const writes = capabilities.data?.uploads ? adapter.writes : undefined;
  const key = `${scopeId}:${month}:${locale}`;
  /** What the service holds for this key, as text; null until it has answered. */
  const remote = useRef<{ key: string; text: string } | null>(null);

  useEffect(() => {
    if (!writes) return;
    let live = true;
    remote.current = null;
    void writes.getBulletinEdits(key).then((answer) => {
      if (!live || !answer.ok) return;
      const text = JSON.stringify(answer.body.edits ?? {});
      remote.current = { key, text };
      const theirs = parseEdits(text);
      if (Object.keys(theirs).length > 0) replaceEdits(storageKey, theirs);
    });
    return () => {
      live = false;
    };
  }, [writes, key, storageKey]);

  useEffect(() => {
    if (!writes || remote.current?.key !== key) return;
    const text = JSON.stringify(edits);
    if (text === remote.current.text) return;
    const timer = setTimeout(() => {
      void writes.putBulletinEdits(key, edits).then((answer) => {
        if (answer.ok) remote.current = { key, text };
      });
    }, SEND_AFTER_MS);
    return () => clearTimeout(timer);
  }, [writes, key, edits]);
}
