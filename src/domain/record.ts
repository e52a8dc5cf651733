import type { Counts } from './counts';
import type { MonthKey } from './month';

/** One office's raw counts for one month, as validated at the boundary. */
export interface MonthlyRecord extends Counts {
  officeId: string;
  month: MonthKey;
}
