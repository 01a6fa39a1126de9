/** Whether a row's key is a year ("2023"): "unknown" (models without a start date) has no place on a time axis. */
export const isYear = (key: string): boolean => /^\d{4}$/.test(key);
