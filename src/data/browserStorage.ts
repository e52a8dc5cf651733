import { useSyncExternalStore } from 'react';

/**
 * Small values kept in this browser (localStorage): the remembered language, the data source
 * chosen, the scheme edited here, the bulletin's edited paragraphs. One helper for all of them, so
 * that every store behaves the same way:
 *
 * - a write that the browser refuses (storage full, private mode, a kiosk's policy) is reported as
 *   data, never thrown: the caller keeps the value in memory and tells the user it is not saved;
 * - a change is announced to this tab's listeners and, through the browser's `storage` event, to
 *   every other open tab of the same browser profile (the event fires only in the other tabs).
 *
 * `tabChannel` carries messages between tabs for what does not live in localStorage (the
 * IndexedDB dataset): BroadcastChannel where the browser has it, else a storage-event relay.
 */

/** What a store needs of localStorage; tests pass a Map-backed one. */
export type StorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

export type StorageProblem = 'quota' | 'blocked' | 'failed';
export type WriteOutcome = { ok: true } | { ok: false; problem: StorageProblem; detail: string };

const OK: WriteOutcome = Object.freeze({ ok: true });

/** localStorage, or null where reading it throws (blocked cookies, sandboxed frames). */
export function browserArea(): StorageArea | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Chromium and Safari name it QuotaExceededError (legacy code 22); old Firefox NS_ERROR_DOM_QUOTA_REACHED (1014). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function readStored(key: string, area: StorageArea | null = browserArea()): string | null {
  try {
    return area?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

type Listener = (key: string, from: 'this-tab' | 'other-tab') => void;
const localListeners = new Set<Listener>();

/** Writes (or, with null, removes) a value; every listener of this tab hears of it, whatever the outcome. */
export function writeStored(key: string, value: string | null, area: StorageArea | null = browserArea()): WriteOutcome {
  let outcome = OK;
  if (!area) outcome = { ok: false, problem: 'blocked', detail: 'localStorage is not available' };
  else {
    try {
      if (value === null) area.removeItem(key);
      else area.setItem(key, value);
    } catch (error) {
      outcome = {
        ok: false,
        problem: isQuotaError(error) ? 'quota' : 'failed',
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    }
  }
  for (const listener of [...localListeners]) listener(key, 'this-tab');
  return outcome;
}

/** The keys stored under a prefix, e.g. every paragraph edited in one bulletin. */
export function storedKeys(prefix: string, area: StorageArea | null = browserArea()): string[] {
  const keys: string[] = [];
  try {
    if (!area || typeof area.key !== 'function') return keys;
    const length = area.length ?? 0;
    for (let index = 0; index < length; index++) {
      const key = area.key(index);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
  } catch {
    // Blocked storage holds nothing we can read.
  }
  return keys;
}

/**
 * Calls `listener` when a key that `match` accepts changes, in this tab (through writeStored) or in
 * another (the storage event; a key of null there means the other tab cleared all storage).
 */
export function watchStored(match: (key: string) => boolean, listener: Listener): () => void {
  const local: Listener = (key, from) => {
    if (match(key)) listener(key, from);
  };
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== null && event.storageArea !== browserArea()) return;
    if (event.key === null || match(event.key)) listener(event.key ?? '', 'other-tab');
  };
  localListeners.add(local);
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    localListeners.delete(local);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/**
 * One value under one key, parsed once per stored text: `get()` returns the same object until the
 * stored text changes, as useSyncExternalStore needs.
 */
export interface StoredValue<T> {
  readonly key: string;
  get(): T;
  /** Stores the value (`null` removes it); the outcome says whether the browser kept it. */
  set(value: T | null): WriteOutcome;
  subscribe(listener: () => void): () => void;
}

export function storedValue<T>(
  key: string,
  codec: { parse: (raw: string | null) => T; serialize: (value: T) => string },
  area: () => StorageArea | null = browserArea,
): StoredValue<T> {
  let cached: { raw: string | null; value: T } | null = null;
  return {
    key,
    get() {
      const raw = readStored(key, area());
      if (!cached || cached.raw !== raw) cached = { raw, value: codec.parse(raw) };
      return cached.value;
    },
    set(value) {
      return writeStored(key, value === null ? null : codec.serialize(value), area());
    },
    subscribe(listener) {
      return watchStored(
        (changed) => changed === key || changed === '',
        () => listener(),
      );
    },
  };
}

/** A stored value in a component: re-renders when it changes here or in another tab. */
export function useStoredValue<T>(value: StoredValue<T>, serverValue: T): T {
  return useSyncExternalStore(value.subscribe, value.get, () => serverValue);
}

/** Messages between the open tabs of this browser profile, sender excluded. */
export interface TabChannel<Message> {
  post(message: Message): void;
  listen(listener: (message: Message) => void): () => void;
}

const RELAY_PREFIX = 'spd.tabs.';

/** This page's own id among the open tabs (a reload is a new tab). */
export const TAB_ID = randomId();

function randomId(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

type Envelope<Message> = { from: string; message: Message };

export function tabChannel<Message>(name: string): TabChannel<Message> {
  const Channel = (globalThis as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  if (Channel) {
    let channel: BroadcastChannel | null = null;
    const open = () => (channel ??= new Channel(`spd.${name}`));
    return {
      post: (message) => {
        try {
          open().postMessage({ from: TAB_ID, message } satisfies Envelope<Message>);
        } catch {
          // A message that cannot be cloned or a closed channel: the other tabs catch up on reload.
        }
      },
      listen: (listener) => {
        // Channels of this tab hear each other's messages too: the sender's id tells them apart.
        const own = new Channel(`spd.${name}`);
        own.onmessage = (event: MessageEvent<Envelope<Message>>) => {
          if (event.data?.from !== TAB_ID) listener(event.data.message);
        };
        return () => own.close();
      },
    };
  }
  // Safari before 15.4: the message rides on a storage write, which fires the event in the other tabs.
  const key = `${RELAY_PREFIX}${name}`;
  return {
    post: (message) => {
      writeStored(key, JSON.stringify({ from: TAB_ID, at: Date.now(), message }));
    },
    listen: (listener) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== key || !event.newValue) return;
        try {
          listener((JSON.parse(event.newValue) as Envelope<Message>).message);
        } catch {
          // Not ours.
        }
      };
      globalThis.addEventListener?.('storage', onStorage);
      return () => globalThis.removeEventListener?.('storage', onStorage);
    },
  };
}

/** What the browser said when asked to keep this site's data for good (navigator.storage.persist). */
export type PersistAnswer = 'granted' | 'denied' | 'unsupported';

type StorageManagerLike = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };

function storageManager(): StorageManagerLike | undefined {
  return (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;
}

/**
 * Asks the browser not to evict this site's data under storage pressure (it decides by its own
 * rules: Chromium by how much the site is used, Firefox by asking the user). Never throws.
 */
export async function requestPersistentStorage(): Promise<PersistAnswer> {
  const manager = storageManager();
  if (!manager?.persist) return 'unsupported';
  try {
    return (await manager.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Whether the data is already kept for good, without asking (no prompt). */
export async function persistentStorageState(): Promise<PersistAnswer> {
  const manager = storageManager();
  if (!manager?.persisted) return 'unsupported';
  try {
    return (await manager.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}
