/**
 * `42.000 € – 52.000 €`; cents only where an amount has them (`13,90 €` an hour). With
 * `en-GB` (English pages): `€42,000 – €52,000`.
 */
export function formatSalaryRange(salary: { min: number; max: number; currency: string }, locale = 'de-DE'): string {
  const digits = Number.isInteger(salary.min) && Number.isInteger(salary.max) ? 0 : 2;
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: salary.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return salary.min === salary.max ? format.format(salary.min) : `${format.format(salary.min)} – ${format.format(salary.max)}`;
}
