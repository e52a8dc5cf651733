import type { office as zh } from '../zh-CN/office';

export const office: Record<keyof typeof zh, string> = {
};
