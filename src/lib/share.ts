/**
 * Share links without trackers: plain links to each network's own share page, built at
 * build time. Nothing from those hosts is loaded, no count is fetched, and the links work
 * without JavaScript; the network is contacted only when a visitor follows a link.
 */

/** The networks, in the order they are shown. */
export const SHARE_NETWORKS = ['linkedin', 'xing', 'whatsapp', 'email'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

export interface ShareTarget {
  /** Absolute URL of the page. */
  url: string;
  /** The page's title: the e-mail's subject. */
  title: string;
  /** The text that goes with the link: a post's `social:` text, else the title. */
  text: string;
}

export interface ShareLink {
  network: ShareNetwork;
  href: string;
}

/** Query string with `%20` for spaces: `mailto:` takes no `+`, and every network reads `%20`. */
const query = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');

/**
 * The share link of each network. LinkedIn and XING take only the URL (they read title and
 * picture from the page's Open Graph tags); WhatsApp and e-mail carry the text and the URL.
 */
export function shareLinks(target: ShareTarget): ShareLink[] {
  const message = `${target.text}\n\n${target.url}`;
  const hrefs: Record<ShareNetwork, string> = {
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?${query({ url: target.url })}`,
    xing: `https://www.xing.com/spi/shares/new?${query({ url: target.url })}`,
    whatsapp: `https://wa.me/?${query({ text: message })}`,
    email: `mailto:?${query({ subject: target.title, body: message })}`,
  };
  return SHARE_NETWORKS.map((network) => ({ network, href: hrefs[network] }));
}
