export const rankings = {
} as const;
