import type { QualityReason } from '../../domain';

/*
 * Situations the domain's QUALITY_REASONS do not name yet. Until src/domain/quality.ts gains
 * dedicated reasons (and the dictionaries their words), each maps to the nearest existing one
 * and the detail text says exactly what happened. Changing a line here is all it will take.
 */

/** A well-formed month outside the requested [from, to]. */
export const REASON_MONTH_OUT_OF_RANGE: QualityReason = 'bad-month';
/** A required string that is present but empty or blank. */
export const REASON_EMPTY: QualityReason = 'missing-field';
/** A name kept but cut to the maximum length: the row is still used. */
export const REASON_TRUNCATED: QualityReason = 'wrong-type';
