import type { overview as zh } from '../zh-CN/overview';

export const overview: Record<keyof typeof zh, string> = {
};
