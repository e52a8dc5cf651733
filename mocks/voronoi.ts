/**
 * Invented boundaries for the demo's invented places: a wavy outline cut into cells around seeded
 * points (a Voronoi diagram, relaxed so the cells are of similar size), the shared edges bent a
 * little so they read as boundaries rather than a diagram. Nothing here is copied from any map.
 */
import type { Rng } from './random';

export type Pt = [number, number];

/** The outline: a closed wavy loop around (cx, cy), counter-clockwise, `points` vertices. */
export function wavyOutline(rng: Rng, cx: number, cy: number, rx: number, ry: number, points = 48): Pt[] {
  const waves = [
    { k: 2, a: rng.uniform(0.06, 0.12), p: rng.uniform(0, Math.PI * 2) },
    { k: 3, a: rng.uniform(0.04, 0.09), p: rng.uniform(0, Math.PI * 2) },
    { k: 5, a: rng.uniform(0.02, 0.05), p: rng.uniform(0, Math.PI * 2) },
    { k: 9, a: rng.uniform(0.01, 0.02), p: rng.uniform(0, Math.PI * 2) },
  ];
  const out: Pt[] = [];
  for (let i = 0; i < points; i++) {
    const theta = (i / points) * Math.PI * 2;
    const r = 1 + waves.reduce((sum, wave) => sum + wave.a * Math.sin(wave.k * theta + wave.p), 0);
    out.push([cx + rx * r * Math.cos(theta), cy + ry * r * Math.sin(theta)]);
  }
  return out;
}

/** Keeps the part of `subject` on the side of the line a·p ≤ b (Sutherland–Hodgman, one edge). */
function clipHalfPlane(subject: readonly Pt[], ax: number, ay: number, b: number): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i < subject.length; i++) {
    const p = subject[i]!;
    const q = subject[(i + 1) % subject.length]!;
    const fp = ax * p[0] + ay * p[1] - b;
    const fq = ax * q[0] + ay * q[1] - b;
    if (fp <= 0) out.push(p);
    if ((fp < 0 && fq > 0) || (fp > 0 && fq < 0)) {
      const t = fp / (fp - fq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/** The part of the outline nearer to site i than to any other site. */
export function cellOf(outline: readonly Pt[], sites: readonly Pt[], i: number): Pt[] {
  let cell: Pt[] = [...outline];
  const [sx, sy] = sites[i]!;
  sites.forEach(([ox, oy], j) => {
    if (j === i || cell.length === 0) return;
    // Nearer to s than to o: (o − s)·p ≤ (|o|² − |s|²) / 2.
    cell = clipHalfPlane(cell, ox - sx, oy - sy, (ox * ox + oy * oy - sx * sx - sy * sy) / 2);
  });
  return cell;
}

export function centroid(ring: readonly Pt[]): Pt {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
    a += cross;
    x += (ring[j]![0] + ring[i]![0]) * cross;
    y += (ring[j]![1] + ring[i]![1]) * cross;
  }
  return a === 0 ? (ring[0] ?? [0, 0]) : [x / (3 * a), y / (3 * a)];
}

export function inside(p: Pt, ring: readonly Pt[]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** `count` sites inside the outline, relaxed (Lloyd) so the cells come out of similar size. */
export function relaxedSites(rng: Rng, outline: readonly Pt[], count: number, rounds = 4): Pt[] {
  const xs = outline.map((p) => p[0]);
  const ys = outline.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let sites: Pt[] = [];
  while (sites.length < count) {
    const p: Pt = [rng.uniform(minX, maxX), rng.uniform(minY, maxY)];
    if (inside(p, outline)) sites.push(p);
  }
  for (let round = 0; round < rounds; round++) sites = sites.map((_, i) => centroid(cellOf(outline, sites, i)));
  return sites;
}

const SNAP = 1e-7;

/**
 * The cells with their shared edges bent: every vertex is snapped to one shared copy (cells computed
 * apart differ in the last bits), and an edge two cells share gets the same two midpoints pushed
 * sideways in both, so neighbours still meet exactly. Edges on the outline stay as they are.
 */
export function bentCells(cells: readonly Pt[][], wobble: (key: string) => number): Pt[][] {
  const canonical: Pt[] = [];
  const snap = (p: Pt): number => {
    const found = canonical.findIndex((q) => Math.abs(q[0] - p[0]) < SNAP && Math.abs(q[1] - p[1]) < SNAP);
    if (found >= 0) return found;
    canonical.push(p);
    return canonical.length - 1;
  };
  const rings = cells.map((cell) => cell.map(snap).filter((id, index, ids) => id !== ids[(index + ids.length - 1) % ids.length]));
  const uses = new Map<string, number>();
  const edgeKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
  for (const ring of rings) {
    ring.forEach((id, i) => {
      const key = edgeKey(id, ring[(i + 1) % ring.length]!);
      uses.set(key, (uses.get(key) ?? 0) + 1);
    });
  }
  return rings.map((ring) => {
    const out: Pt[] = [];
    ring.forEach((id, i) => {
      const next = ring[(i + 1) % ring.length]!;
      const p = canonical[id]!;
      out.push(p);
      if ((uses.get(edgeKey(id, next)) ?? 0) < 2) return;
      const [lo, hi] = id < next ? [id, next] : [next, id];
      const a = canonical[lo]!;
      const b = canonical[hi]!;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const bends: Pt[] = [1 / 3, 2 / 3].map((t, k) => {
        const offset = wobble(`${edgeKey(id, next)}:${k}`) * 0.09;
        return [a[0] + t * dx - offset * dy, a[1] + t * dy + offset * dx];
      });
      out.push(...(id < next ? bends : bends.reverse()));
    });
    return out;
  });
}

/** Rounded to six decimals (about 0.1 m): the file stays small and reads the same everywhere. */
export function rounded(ring: readonly Pt[]): Pt[] {
  return ring.map(([x, y]) => [Number(x.toFixed(6)), Number(y.toFixed(6))]);
}
