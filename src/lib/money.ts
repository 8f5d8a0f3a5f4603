const euro = (currency: string) => new Intl.NumberFormat('de-DE', { style: 'currency', currency, maximumFractionDigits: 0 });

/** `42.000 € – 52.000 €`. */
export function formatSalaryRange(salary: { min: number; max: number; currency: string }): string {
  const format = euro(salary.currency);
  return salary.min === salary.max ? format.format(salary.min) : `${format.format(salary.min)} – ${format.format(salary.max)}`;
}
