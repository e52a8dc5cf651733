import type { alerts as zh } from '../zh-CN/alerts';

export const alerts: Record<keyof typeof zh, string> = {
};
