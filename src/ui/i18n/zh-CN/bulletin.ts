export const bulletin = {
} as const;
