import { expect, test } from 'vitest';
import { rankChangeView } from '../../../../src/ui/format/honest/rankChange';
import { zh } from './words';

test('rank changes: 新进, moved only by others, up, down, unchanged, none', () => {
  const view = (input: Partial<Parameters<typeof rankChangeView>[0]>) =>
    rankChangeView({ rank: 3, previousRank: 3, rankChange: 0, rankMove: null, ...input }, zh);
  expect(view({ rankMove: 'new', previousRank: null, rankChange: null })).toMatchObject({ kind: 'new', text: '新进' });
  expect(view({ rankMove: 'others', previousRank: 5 })).toMatchObject({ kind: 'others', text: '名次因他单位变动' });
  expect(view({ rankMove: 'others', previousRank: 5 }).hint).toContain('由第 5 名变为第 3 名');
  expect(view({ previousRank: 6, rankChange: 3 })).toMatchObject({ kind: 'up', text: '↑3', hint: '上升 3 位' });
  expect(view({ previousRank: 2, rankChange: -1 })).toMatchObject({ kind: 'down', text: '↓1' });
  expect(view({})).toMatchObject({ kind: 'same', text: '—', hint: '名次不变' });
  expect(view({ rank: null })).toMatchObject({ kind: 'unranked', text: '—' });
  expect(view({ previousRank: null, rankChange: null })).toMatchObject({ kind: 'none', text: '—', hint: '无上期排名可比' });
  expect(view({ gap: true })).toMatchObject({ kind: 'gap', hint: expect.stringContaining('累计数不作环比') });
});
