import { loadAllDictionaryParts, loadDictionary } from '../src/ui/i18n/translate';

// The app fetches English on first use, and the Chinese words of a screen with that screen;
// tests render screens without their routes, so they need every word at once.
await Promise.all([loadDictionary('en'), loadAllDictionaryParts()]);
