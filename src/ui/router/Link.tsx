import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { buildHash } from './location';

/** A real anchor, so links open in new tabs, are keyboard-focusable and read as links. */
export function Link({
  to,
  params,
  children,
  ...rest
}: { to: string; params?: Record<string, string | null | undefined> | URLSearchParams; children: ReactNode } & Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'href'
>) {
  return (
    <a href={buildHash(to, params)} {...rest}>
      {children}
    </a>
  );
}
