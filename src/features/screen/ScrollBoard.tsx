import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { boardSlots } from './boardSlots';
import { useScreenUnit } from './ScreenUnit';

/** How long a row stays still, and how long it takes to slide up by one. */
export const BOARD_STEP_MS = 3000;
export const BOARD_SLIDE_MS = 700;

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface ScrollBoardProps<Row> {
  rows: readonly Row[];
  /** Row height in design px. */
  rowHeight: number;
  label: string;
  renderRow: (row: Row, index: number) => ReactNode;
  rowClassName?: (row: Row) => string | undefined;
  /** Stops the scrolling (the screen is paused). */
  paused?: boolean;
  stepMs?: number;
}

/**
 * A list that scrolls through all its rows, one row at a time, round and round. The rows it shows
 * live in a fixed set of elements (boardSlots: as many as fit, plus one sliding in): a step
 * slides the list up by one row, then refills the same elements one row further on, in the same
 * frame, so nothing jumps and the DOM never grows. Hovering or focusing the list stops it, for
 * whoever walks up to read; it goes on when they leave.
 */
export function ScrollBoard<Row>({ rows, rowHeight, label, renderRow, rowClassName, paused = false, stepMs = BOARD_STEP_MS }: ScrollBoardProps<Row>) {
  const unit = useScreenUnit();
  const rowPx = rowHeight * unit;
  const viewport = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const [visible, setVisible] = useState(1);
  const [start, setStart] = useState(0);
  const [held, setHeld] = useState(false);
  const total = rows.length;
  const slots = boardSlots(total, visible, start);

  // How many rows fit is measured, not assumed: the canvas height depends on the scale mode.
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measure = () => setVisible(Math.max(1, Math.floor((element.clientHeight + 0.5) / rowPx)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [rowPx]);

  const moving = slots.scrolls && !paused && !held;
  useEffect(() => {
    if (!moving) return;
    let animation: Animation | null = null;
    const advance = () => flushSync(() => setStart((value) => (value + 1) % Math.max(1, total)));
    const timer = setTimeout(() => {
      const element = list.current;
      if (!element || typeof element.animate !== 'function' || prefersReducedMotion()) {
        advance();
        return;
      }
      animation = element.animate([{ transform: 'translateY(0)' }, { transform: `translateY(${-rowPx}px)` }], {
        duration: BOARD_SLIDE_MS,
        easing: 'ease-in-out',
        fill: 'forwards',
      });
      animation.onfinish = () => {
        // Refill the rows and drop the offset in one task: the next frame shows the same picture.
        advance();
        animation?.cancel();
        animation = null;
      };
    }, stepMs);
    return () => {
      clearTimeout(timer);
      if (animation) {
        animation.onfinish = null;
        animation.cancel();
      }
    };
  }, [moving, start, total, rowPx, stepMs]);

  return (
    <div
      ref={viewport}
      className="screen-viewport"
      role="group"
      aria-label={label}
      tabIndex={slots.scrolls ? 0 : undefined}
      data-scroller=""
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {/* Exactly as many rows high as are shown: the row sliding in stays out of sight until it moves. */}
      <div className="screen-window" style={{ height: slots.scrolls ? visible * rowPx : undefined }}>
        <ol ref={list} className="screen-list">
          {slots.rows.map((rowIndex, slot) => {
            const row = rows[rowIndex]!;
            return (
              // Keyed by slot, not by row: the same elements are refilled as the board moves on.
              <li key={slot} className={rowClassName?.(row)} style={{ height: rowPx }}>
                {renderRow(row, rowIndex)}
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
