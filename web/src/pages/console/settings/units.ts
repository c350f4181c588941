/*
 * Settings store shares and bytes; people think in per cent and megabytes. The conversions round
 * so that what is shown and what is saved agree.
 */

/** 0.8 → 80. */
export const shareToPercent = (share: number): number => Math.round(share * 100);

/** 80 → 0.8 (whole per cent only). */
export const percentToShare = (percent: number): number => Math.round(percent) / 100;

const MB = 1024 * 1024;

/** 10485760 → 10 (one decimal). */
export const bytesToMegabytes = (bytes: number): number => Math.round((bytes / MB) * 10) / 10;

/** 10 → 10485760 (whole bytes). */
export const megabytesToBytes = (megabytes: number): number => Math.round(megabytes * MB);
