import type { screen as zh } from '../zh-CN/screen';

export const screen: Record<keyof typeof zh, string> = {
};
