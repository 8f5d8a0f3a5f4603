/** schema.org `BreadcrumbList` from the crumbs a page shows (home first, the page last). */
export function breadcrumbList(crumbs: ReadonlyArray<{ label: string; href: string }>, baseUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(crumb.href, baseUrl).href,
    })),
  };
}
