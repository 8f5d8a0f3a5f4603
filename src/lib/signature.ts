import { escapeXml as escape } from './feeds/text.ts';

/**
 * A person's e-mail signature, as HTML with inline styles (what Outlook, Apple Mail,
 * Thunderbird and webmail keep when it is pasted: a single presentation table, no classes,
 * no images, web-safe fonts) and as plain text. It carries the company's mandatory details
 * for business e-mail of a GmbH (§ 35a GmbHG: legal name, seat, register court and number,
 * managing directors), its channels and the newest blog post. Every value is escaped here.
 */
export interface SignatureInput {
  name: string;
  role: string;
  department?: string | undefined;
  company: {
    legalName: string;
    /** Street, postal code and city on one line. */
    address: string;
    phone: string;
    /** Absolute URL of the site. */
    url: string;
    seat: string;
    register: string;
    management: string[];
  };
  channels: ReadonlyArray<{ name: string; url: string }>;
  newest?: { title: string; url: string } | undefined;
  /** Brand colour as `#rrggbb`. */
  colour: string;
  labels: { phone: string; newest: string; follow: string; seat: string; management: string };
}

const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : '');
const link = (url: string, text: string, colour: string) =>
  `<a href="${escape(safeUrl(url))}" style="color:${colour};text-decoration:underline;">${escape(text)}</a>`;
const line = (content: string, style = '') => `<p style="margin:0;${style}">${content}</p>`;

/** Channels with a web address (anything else, such as `javascript:`, is left out). */
const webChannels = (input: SignatureInput) => input.channels.filter((channel) => safeUrl(channel.url));

export function signatureHtml(input: SignatureInput): string {
  const { company, colour, labels } = input;
  const channels = webChannels(input);
  const colourValue = /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : '#1f4e79';
  const host = new URL(company.url).host;
  const rows = [
    line(escape(input.name), 'font-size:16px;font-weight:bold;color:#1f2933;'),
    line(escape([input.role, input.department].filter(Boolean).join(' · ')), 'color:#44525f;'),
    line(escape(company.legalName), `margin-top:6px;font-weight:bold;color:${colourValue};`),
    line(escape(company.address)),
    line(`${escape(labels.phone)} ${escape(company.phone)} · ${link(company.url, host, colourValue)}`),
    ...(input.newest
      ? [line(`${escape(labels.newest)}: ${link(input.newest.url, input.newest.title, colourValue)}`, 'margin-top:8px;')]
      : []),
    ...(channels.length > 0
      ? [
          line(
            `${escape(labels.follow)}: ${channels.map((channel) => link(channel.url, channel.name, colourValue)).join(' · ')}`,
            'margin-top:4px;',
          ),
        ]
      : []),
    line(
      escape(`${labels.seat}: ${company.seat} · ${company.register} · ${labels.management}: ${company.management.join(', ')}`),
      'margin-top:8px;font-size:11px;color:#5b6770;',
    ),
  ];
  return [
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.45;color:#1f2933;">',
    `<tr><td style="padding:0 0 0 12px;border-left:3px solid ${colourValue};">`,
    ...rows,
    '</td></tr>',
    '</table>',
  ].join('\n');
}

export function signatureText(input: SignatureInput): string {
  const { company, labels } = input;
  const channels = webChannels(input);
  const lines = [
    input.name,
    [input.role, input.department].filter(Boolean).join(' · '),
    company.legalName,
    company.address,
    `${labels.phone} ${company.phone}`,
    company.url,
    ...(input.newest ? ['', `${labels.newest}: ${input.newest.title}`, input.newest.url] : []),
    ...(channels.length > 0 ? ['', `${labels.follow}:`, ...channels.map((channel) => `${channel.name}: ${channel.url}`)] : []),
    '',
    `${labels.seat}: ${company.seat} · ${company.register} · ${labels.management}: ${company.management.join(', ')}`,
  ];
  // One line per line: author text must not smuggle in extra lines or control characters.
  return lines
    .map((text) =>
      text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .join('\n');
}
