/** `42.000 € – 52.000 €`; cents only where an amount has them (`13,90 €` an hour). */
export function formatSalaryRange(salary: { min: number; max: number; currency: string }): string {
  const digits = Number.isInteger(salary.min) && Number.isInteger(salary.max) ? 0 : 2;
  const format = new Intl.NumberFormat('de-DE', {
    style: 'currency',
    currency: salary.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return salary.min === salary.max ? format.format(salary.min) : `${format.format(salary.min)} – ${format.format(salary.max)}`;
}
