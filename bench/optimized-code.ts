/**
 * Diagnostics for the soak: the optimized machine code (Maglev, Turbofan) in a V8 heap snapshot,
 * by the function it was compiled for and that function's script. An optimized function's Code
 * object is the one with deoptimization data; that data names the function (its
 * SharedFunctionInfo, whose id is stable across snapshots of one page), and the code's size here
 * is the Code, its instruction stream and the trusted arrays they own (relocation info, source
 * positions, deoptimization data). Comparing two snapshots tells functions optimized since the
 * first (warm-up) from the same functions compiled again and again (deoptimization loops).
 */

export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface OptimizedFunction {
  /** The SharedFunctionInfo's snapshot id: the same function in both snapshots. */
  id: number;
  name: string;
  /** The script's file name without its content hash ("charts", "index"), or "?". */
  script: string;
  /** Optimized Code objects of the function (more than one: OSR code beside the function's own). */
  codes: number;
  /** Snapshot ids of those Code objects: a function whose code has another id was compiled again. */
  codeIds: number[];
  bytes: number;
}

const OWNED = /^system \/ (InstructionStream|TrustedByteArray|TrustedWeakFixedArray|ProtectedFixedArray)$/;

export function optimizedCode(snapshot: HeapSnapshotJson): Map<number, OptimizedFunction> {
  const meta = snapshot.snapshot.meta;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const { nodes, edges, strings } = snapshot;
  const nameAt = meta.node_fields.indexOf('name');
  const idAt = meta.node_fields.indexOf('id');
  const sizeAt = meta.node_fields.indexOf('self_size');
  const countAt = meta.node_fields.indexOf('edge_count');
  const edgeTypeAt = meta.edge_fields.indexOf('type');
  const edgeNameAt = meta.edge_fields.indexOf('name_or_index');
  const edgeToAt = meta.edge_fields.indexOf('to_node');
  const edgeTypes = meta.edge_types[0];
  const count = nodes.length / nf;
  const firstEdge = new Uint32Array(count + 1);
  for (let n = 0; n < count; n++) firstEdge[n + 1] = firstEdge[n]! + nodes[n * nf + countAt]! * ef;

  const name = (n: number) => strings[nodes[n * nf + nameAt]!] ?? '';
  function* out(n: number): Generator<{ label: string | number; to: number; weak: boolean }> {
    for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e += ef) {
      const type = edgeTypes[edges[e + edgeTypeAt]!];
      const raw = edges[e + edgeNameAt]!;
      const label = type === 'element' || type === 'hidden' ? raw : (strings[raw] ?? '');
      yield { label, to: edges[e + edgeToAt]! / nf, weak: type === 'weak' };
    }
  }
  const edge = (n: number, label: string | number) => {
    for (const e of out(n)) if (e.label === label) return e.to;
    return -1;
  };

  const functions = new Map<number, OptimizedFunction>();
  for (let n = 0; n < count; n++) {
    if (name(n) !== 'system / Code') continue;
    const deopt = edge(n, 'deoptimization_data');
    if (deopt < 0) continue;
    let sfi = -1;
    for (const e of out(deopt)) {
      if (name(e.to) !== 'system / SharedFunctionInfoWrapper') continue;
      for (const w of out(e.to)) if (name(w.to).startsWith('system / SharedFunctionInfo')) sfi = w.to;
    }
    if (sfi < 0) continue;
    // The code's own bytes: the Code object and what it alone holds.
    let bytes = 0;
    const seen = new Set<number>();
    const stack = [n];
    while (stack.length) {
      const m = stack.pop()!;
      if (seen.has(m)) continue;
      seen.add(m);
      bytes += nodes[m * nf + sizeAt]!;
      for (const e of out(m)) if (!e.weak && OWNED.test(name(e.to))) stack.push(e.to);
    }
    const id = nodes[sfi * nf + idAt]!;
    const script = edge(sfi, 'script');
    const file =
      script < 0
        ? '?'
        : (name(script).split('/').pop() ?? '')
            .trim()
            .replace(/-[\w-]{8}\.js$/, '')
            .replace(/\.js$/, '') || '?';
    const known = functions.get(id);
    const codeId = nodes[n * nf + idAt]!;
    if (known) {
      known.codes += 1;
      known.codeIds.push(codeId);
      known.bytes += bytes;
    } else {
      const fn = name(sfi).replace(/^system \/ SharedFunctionInfo( \/ )?/, '') || '(anonymous)';
      functions.set(id, { id, name: fn, script: file, codes: 1, codeIds: [codeId], bytes });
    }
  }
  return functions;
}

export interface OptimizedCodeChange {
  /** Functions with optimized code at the end and none at the baseline. */
  newly: { functions: number; bytes: number };
  /** Functions optimized at both, whose code changed (a higher tier, or compiled again after a deoptimization). */
  recompiled: { functions: number; bytes: number };
  /** Functions that lost their optimized code. */
  dropped: { functions: number; bytes: number };
  byScript: { script: string; newly: number; bytes: number }[];
  largest: OptimizedFunction[];
}

export function compareOptimizedCode(baseline: Map<number, OptimizedFunction>, end: Map<number, OptimizedFunction>): OptimizedCodeChange {
  const change: OptimizedCodeChange = {
    newly: { functions: 0, bytes: 0 },
    recompiled: { functions: 0, bytes: 0 },
    dropped: { functions: 0, bytes: 0 },
    byScript: [],
    largest: [],
  };
  const scripts = new Map<string, { newly: number; bytes: number }>();
  for (const fn of end.values()) {
    const before = baseline.get(fn.id);
    const script = scripts.get(fn.script) ?? { newly: 0, bytes: 0 };
    script.bytes += fn.bytes - (before?.bytes ?? 0);
    if (!before) {
      change.newly.functions += 1;
      change.newly.bytes += fn.bytes;
      script.newly += 1;
      change.largest.push(fn);
    } else if (fn.codeIds.some((codeId) => !before.codeIds.includes(codeId))) {
      change.recompiled.functions += 1;
      change.recompiled.bytes += fn.bytes - before.bytes;
    }
    scripts.set(fn.script, script);
  }
  for (const fn of baseline.values()) {
    if (end.has(fn.id)) continue;
    change.dropped.functions += 1;
    change.dropped.bytes += fn.bytes;
    const script = scripts.get(fn.script) ?? { newly: 0, bytes: 0 };
    script.bytes -= fn.bytes;
    scripts.set(fn.script, script);
  }
  change.byScript = [...scripts].map(([script, s]) => ({ script, ...s })).sort((a, b) => b.bytes - a.bytes);
  change.largest.sort((a, b) => b.bytes - a.bytes);
  return change;
}
