import type { bulletinFormat as zh } from '../zh-CN/bulletinFormat';

export const bulletinFormat: Record<keyof typeof zh, string> = {
  'settings.section.bulletin': 'Bulletin format',
  'bulletinFormat.intro':
    'The monthly bulletin is laid out as an official document (GB/T 9704-2012). The banner and the record block are optional; set here, they apply to every month and scope. "{issuer}" stands for the bulletin\'s issuer. The title, addressees, document number and date can be edited month by month on the bulletin page.',
  'bulletinFormat.banner': 'Banner',
  'bulletinFormat.banner.enabled': "Print a banner (the issuer's mark in red, the document number, the red line)",
  'bulletinFormat.banner.mark': "Issuer's mark",
  'bulletinFormat.banner.numberPrefix': 'Document number prefix',
  'bulletinFormat.banner.numberHint': 'E.g. 青政服, shown as 青政服〔2026〕11号; year and number can be edited each month.',
  'bulletinFormat.record': 'Record block',
  'bulletinFormat.record.enabled': 'Print a record block (copied to, printed by and when)',
  'bulletinFormat.record.copyTo': 'Copied to',
  'bulletinFormat.record.copyToHint': 'Separate several with 、 or commas, no full stop at the end.',
  'bulletinFormat.record.printer': 'Printed by',
  'bulletinFormat.saved': 'Saved.',
  'bulletinFormat.notSaved': 'This browser cannot save the settings (local storage is unavailable).',
  'bulletinFormat.reset': 'Restore defaults',
};
