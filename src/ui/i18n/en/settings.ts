import type { settings as zh } from '../zh-CN/settings';

export const settings: Record<keyof typeof zh, string> = {
};
