import { startTransition, StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme/theme.css';
import { createTranslate, loadDictionaryPart } from '../ui';
import { createQueryClient, loadWindow, scopeFromHash, startFirstLoad } from '../data';
import { App } from './App';
import { boot, type BootResult } from './boot';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const root = createRoot(container, {
  // A screen's error is shown by its boundary; the console gets a warning, not an error, so
  // that an unattended big screen's console stays meaningful.
  onCaughtError: (error) => console.warn('caught by a screen boundary:', error),
});

/**
 * A failed boot is rare, so its screen and the words of errors are fetched then. Should even that
 * fail (the server is gone), the shared words say that loading failed, with the reason as given.
 */
async function bootFailure(result: Extract<BootResult, { ok: false }>): Promise<ReactNode> {
  try {
    const [{ BootFailure }] = await Promise.all([import('./BootFailure'), loadDictionaryPart('errors')]);
    return <BootFailure result={result} />;
  } catch {
    return (
      <main className="app-main">
        <div role="alert" className="state error">
          <strong>{createTranslate('zh-CN')('state.error')}</strong>
          <p>{result.detail}</p>
        </div>
      </main>
    );
  }
}

const queryClient = createQueryClient();

void boot(window.location.search).then(async (result) => {
  // The data is asked for now, while the screen's code is still arriving (useFirstLoad in the
  // router finds it started, and starts it again only for a source chosen later).
  if (result.ok) startFirstLoad(queryClient, result.adapter, scopeFromHash(window.location.hash), loadWindow(new Date()));
  const app = result.ok ? (
    <App config={result.config} adapter={result.adapter} queryClient={queryClient} sourceProblem={result.sourceProblem} />
  ) : (
    await bootFailure(result)
  );
  // Rendered in slices, so the answers that start the records download are read in between.
  startTransition(() => root.render(<StrictMode>{app}</StrictMode>));
});
