import { loadDictionary } from '../src/ui/i18n/translate';

// The app fetches English on first use; tests that word things in English need it at once.
await loadDictionary('en');
