import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme/theme.css';
import { App } from './App';
import { BootFailure } from './BootFailure';
import { boot } from './boot';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const root = createRoot(container, {
  // A screen's error is shown by its boundary; the console gets a warning, not an error, so
  // that an unattended big screen's console stays meaningful.
  onCaughtError: (error) => console.warn('caught by a screen boundary:', error),
});

void boot(window.location.search).then((result) => {
  root.render(<StrictMode>{result.ok ? <App config={result.config} adapter={result.adapter} /> : <BootFailure result={result} />}</StrictMode>);
  if (result.ok) document.title = result.config.title;
});
