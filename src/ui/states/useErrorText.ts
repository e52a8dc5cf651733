import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { loadDictionaryPart } from '../i18n/translate';
import type { describeError as DescribeError } from './describeError';

/**
 * The sentences that explain a failure (every adapter reason, a scheme's problems, type words)
 * and their words are needed only once something failed, so the first screen does not carry
 * them: they are fetched then, from the same place as the app, in a few milliseconds.
 */
let describe: typeof DescribeError | null = null;
let loading: Promise<void> | null = null;

function loadDescribe(): Promise<void> {
  // The sentences, the words of errors and the names of fields and types they use.
  loading ??= Promise.all([import('./describeError'), loadDictionaryPart('errors'), loadDictionaryPart('fields')]).then(
    ([module]) => {
      describe = module.describeError;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * Fetches the sentences when `ready` (the first screen has its data) and the browser is idle. An
 * outage of the whole server, or of the desk's network, also stops this fetch: if it waited for
 * the first error, the big screen would explain a lost connection in the browser's English. Not
 * earlier: the browser is idle while the first data downloads, and the first screen comes first.
 */
export function usePrefetchErrorText(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const prefetch = () => void loadDescribe().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(prefetch, { timeout: 5000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(prefetch, 1000);
    return () => clearTimeout(handle);
  }, [ready]);
}

/** The error's own text, when even the sentences could not be fetched (the network is gone, say). */
function plainText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The sentence for an error in the reader's language; null while its words are being fetched
 * (the caller shows a moment of loading, never half a message); '' without an error.
 */
export function useErrorText(error: unknown): string | null {
  const words = useI18n();
  // Set when the sentences arrive, for one more render: `describe` itself is shared by every caller.
  const [, setLoaded] = useState(describe !== null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!error || describe) return;
    let live = true;
    loadDescribe().then(
      () => live && setLoaded(true),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [error]);
  if (!error) return '';
  if (describe) return describe(error, words);
  return failed ? plainText(error) : null;
}
