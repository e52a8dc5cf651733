import type { themes as zh } from '../zh-CN/themes';

export const themes: Record<keyof typeof zh, string> = {
};
