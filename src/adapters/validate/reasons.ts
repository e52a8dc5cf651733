import type { QualityReason } from '../../domain';

/** A well-formed month outside the requested [from, to]. */
export const REASON_MONTH_OUT_OF_RANGE: QualityReason = 'out-of-range';
/** A required string that is present but empty or blank. */
export const REASON_EMPTY: QualityReason = 'empty';
/** A name kept but cut to the maximum length: the row is still used. */
export const REASON_TRUNCATED: QualityReason = 'truncated';
