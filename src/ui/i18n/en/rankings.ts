import type { rankings as zh } from '../zh-CN/rankings';

export const rankings: Record<keyof typeof zh, string> = {
};
