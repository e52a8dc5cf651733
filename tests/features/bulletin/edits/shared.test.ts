// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ServiceAnswer, ServiceWrites } from '../../../../src/adapters/http/writes';
import { editsKey } from '../../../../src/features/bulletin/edits/record';
import type * as SharedModule from '../../../../src/features/bulletin/edits/shared';
import type * as StoreModule from '../../../../src/features/bulletin/edits/store';

const KEY = editsKey('2025-03', 'R', 'zh-CN');
const SERVICE_KEY = 'R:2025-03:zh-CN';
const GENERATED = '2025年3月，全县共受理政务服务事项1,032件。';
const CLOSING = '下一步，各单位要持续提升服务质量。';

type Edits = Record<string, { text: string; generated: string }>;

/** The data service's copy of one bulletin, as another PC leaves it; counts the writes it takes. */
function fakeService(initial: Edits = {}, { refuseWrites = false } = {}) {
  const state = { edits: structuredClone(initial), puts: 0 };
  const answer = (body: Record<string, unknown>, status = 200): ServiceAnswer => ({ ok: status < 400, status, body });
  const writes = {
    getBulletinEdits: vi.fn(async (key: string) => (key === SERVICE_KEY ? answer({ edits: structuredClone(state.edits) }) : answer({ edits: {} }))),
    putBulletinEdits: vi.fn(async (_key: string, edits: unknown) => {
      if (refuseWrites) return answer({}, 401);
      state.puts += 1;
      state.edits = structuredClone(edits) as Edits;
      return answer({ status: 'saved' });
    }),
  } as unknown as ServiceWrites;
  return { state, writes };
}

/** A fresh page: its own store memory over this browser's localStorage. */
async function openPage(): Promise<{ store: typeof StoreModule; shared: typeof SharedModule }> {
  vi.resetModules();
  const store = await import('../../../../src/features/bulletin/edits/store');
  const shared = await import('../../../../src/features/bulletin/edits/shared');
  return { store, shared };
}

beforeEach(() => localStorage.clear());

describe('mergeShared: the data service as one more writer, per paragraph', () => {
  test('without a base (first exchange): only one side with an edit takes it; two different edits conflict', async () => {
    const { shared } = await openPage();
    const mine = { overview: { text: '本机', generated: GENERATED } };
    expect(shared.mergeShared(null, {}, mine)).toEqual({ overview: 'take' });
    expect(shared.mergeShared(null, mine, {})).toEqual({ overview: 'keep' });
    expect(shared.mergeShared(null, mine, { overview: { text: '服务', generated: GENERATED } })).toEqual({ overview: 'conflict' });
    expect(shared.mergeShared(null, mine, mine)).toEqual({});
  });

  test('with a base: the side that moved from it wins; both moved differently is a conflict', async () => {
    const { shared } = await openPage();
    const base = { overview: { text: '原', generated: GENERATED } };
    const a = { overview: { text: 'A', generated: GENERATED } };
    const b = { overview: { text: 'B', generated: GENERATED } };
    expect(shared.mergeShared(base, base, a)).toEqual({ overview: 'take' });
    expect(shared.mergeShared(base, a, base)).toEqual({ overview: 'keep' });
    expect(shared.mergeShared(base, a, b)).toEqual({ overview: 'conflict' });
    // Restored to the generated text on the service (no edit) while this browser kept the base: taken.
    expect(shared.mergeShared(base, base, {})).toEqual({ overview: 'take' });
  });

  test('parseSharedEdits drops what is not a known paragraph with two strings', async () => {
    const { shared } = await openPage();
    expect(
      shared.parseSharedEdits({
        overview: { text: 'x', generated: 'y' },
        __proto__: { text: 'a', generated: 'b' },
        nope: { text: 'x', generated: 'y' },
        closing: { text: 1 },
      }),
    ).toEqual({
      overview: { text: 'x', generated: 'y' },
    });
    expect(shared.parseSharedEdits(null)).toEqual({});
  });
});

describe('syncShared: exchanging a bulletin’s edits with the service', () => {
  test('opening on a service holding another PC’s edit takes it silently, with no conflict and no write back', async () => {
    const service = fakeService({ overview: { text: '另一台电脑写的', generated: GENERATED } });
    const { store, shared } = await openPage();
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    const snapshot = store.readEdits(KEY);
    expect(snapshot.edits.overview?.text).toBe('另一台电脑写的');
    expect(snapshot.conflicts).toEqual({});
    expect(service.state.puts).toBe(0);
    // A reload reads it back from this browser's storage.
    const again = await openPage();
    expect(again.store.readEdits(KEY).edits.overview?.text).toBe('另一台电脑写的');
  });

  test('each side changed a different paragraph: both kept on both sides, never one set over the other', async () => {
    const service = fakeService({ overview: { text: '服务上的总体情况', generated: GENERATED } });
    const { store, shared } = await openPage();
    store.saveEdit(KEY, 'closing', '本机改的结尾', CLOSING);
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    expect(store.readEdits(KEY).edits).toEqual({
      overview: { text: '服务上的总体情况', generated: GENERATED },
      closing: { text: '本机改的结尾', generated: CLOSING },
    });
    expect(service.state.edits).toEqual(store.readEdits(KEY).edits);
    expect(store.readEdits(KEY).conflicts).toEqual({});
  });

  test('after agreeing: another PC’s later change is taken, this browser’s later change is sent', async () => {
    const service = fakeService({ overview: { text: '第一版', generated: GENERATED } });
    const { store, shared } = await openPage();
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    service.state.edits = { overview: { text: '另一台电脑的第二版', generated: GENERATED } };
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    expect(store.readEdits(KEY).edits.overview?.text).toBe('另一台电脑的第二版');
    expect(store.readEdits(KEY).conflicts).toEqual({});
    store.saveEdit(KEY, 'overview', '本机的第三版', GENERATED);
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    expect(service.state.edits.overview?.text).toBe('本机的第三版');
  });

  test('both changed the same paragraph differently: a conflict shown as the service’s, this browser’s text kept, neither overwritten until the user chooses', async () => {
    const service = fakeService({ overview: { text: '第一版', generated: GENERATED } });
    const { store, shared } = await openPage();
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    store.saveEdit(KEY, 'overview', '本机改的', GENERATED);
    service.state.edits = { overview: { text: '另一台电脑改的', generated: GENERATED } };
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    const snapshot = store.readEdits(KEY);
    expect(snapshot.edits.overview?.text).toBe('本机改的');
    expect(snapshot.conflicts).toEqual({ overview: '另一台电脑改的' });
    expect(snapshot.fromService).toEqual({ overview: true });
    expect(service.state.edits.overview?.text).toBe('另一台电脑改的');
    // Typing on while in conflict changes nothing on the service either.
    store.saveEdit(KEY, 'overview', '本机改的，再改', GENERATED);
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    expect(service.state.edits.overview?.text).toBe('另一台电脑改的');
    store.resolveConflict(KEY, 'overview', 'mine');
    expect(store.readEdits(KEY).conflicts).toEqual({});
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    expect(service.state.edits.overview?.text).toBe('本机改的，再改');
  });

  test('choosing the service’s text in a conflict takes it here (not this browser’s stored one)', async () => {
    const service = fakeService({ overview: { text: '服务的', generated: GENERATED } });
    const { store, shared } = await openPage();
    store.saveEdit(KEY, 'overview', '本机的', GENERATED);
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    expect(store.readEdits(KEY).conflicts).toEqual({ overview: '服务的' });
    store.resolveConflict(KEY, 'overview', 'theirs');
    expect(store.readEdits(KEY).edits.overview?.text).toBe('服务的');
    expect(store.readEdits(KEY).conflicts).toEqual({});
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    expect(service.state.puts).toBe(0);
  });

  test('without a login the service refuses the write: the edit stays in this browser, and is not later taken for a service change', async () => {
    const service = fakeService({}, { refuseWrites: true });
    const { store, shared } = await openPage();
    store.saveEdit(KEY, 'overview', '本机的', GENERATED);
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    await shared.syncShared(service.writes, SERVICE_KEY, KEY);
    expect(store.readEdits(KEY).edits.overview?.text).toBe('本机的');
    expect(store.readEdits(KEY).conflicts).toEqual({});
    expect(service.state.edits).toEqual({});
  });
});
