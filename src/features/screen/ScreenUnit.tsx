import { createContext, useContext } from 'react';

/** CSS pixels per design pixel of the canvas, for what CSS cannot size: chart text and row heights. */
export const ScreenUnitContext = createContext(1);

export function useScreenUnit(): number {
  return useContext(ScreenUnitContext);
}
