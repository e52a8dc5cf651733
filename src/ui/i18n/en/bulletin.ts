import type { bulletin as zh } from '../zh-CN/bulletin';

export const bulletin: Record<keyof typeof zh, string> = {
};
