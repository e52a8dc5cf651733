/** What boot needs to reopen the staff's stored dataset, and no more: loaded only when they chose it. */
export { createFileAdapter } from './createFileAdapter';
export { browserOwnDataStore } from './store';
