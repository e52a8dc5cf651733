import type { ReactNode } from 'react';

/** One panel of a big-screen page: its heading (which names the panel for assistive technology), an optional note on the right, its content. */
export function ScreenPanel({
  id,
  title,
  note,
  className,
  children,
}: {
  id: string;
  title: string;
  note?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={className ? `screen-panel ${className}` : 'screen-panel'} aria-labelledby={id}>
      <div className="screen-panel-head">
        <h2 id={id}>{title}</h2>
        {note !== undefined && note !== null && <span className="screen-panel-note">{note}</span>}
      </div>
      {children}
    </section>
  );
}
