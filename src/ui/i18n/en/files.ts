import type { files as zh } from '../zh-CN/files';

export const files: Record<keyof typeof zh, string> = {
};
