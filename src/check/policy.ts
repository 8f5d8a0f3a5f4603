import type { Checked, CheckedContent } from './references.ts';
import type { Finding } from './types.ts';
import { consentGiven } from '../lib/publishing.ts';
import { valueAt } from '../lib/data-path.ts';

/**
 * The consent register and the editorial gate: rules about publishing, not about form.
 */

/** Whether the person is shown in a build at `now`: the same rule as the site model's. */
export const hasConsent = (person: { data: Record<string, unknown> } | undefined, now: Date) =>
  consentGiven(person?.data['consent'], now);

/**
 * People without consent are shown nowhere: list every place that names them. A consent
 * dated after `now` does not count yet; the person's own `consent` field says so.
 */
export function checkConsent(content: CheckedContent, now: Date): Finding[] {
  const people = new Map(content.people.map((person) => [person.source.id, person]));
  const findings: Finding[] = [];
  for (const person of content.people) {
    const consent = person.data['consent'];
    if (!(consent instanceof Date) || hasConsent(person, now)) continue;
    const raw = valueAt(person.source.data, ['consent']);
    findings.push({
      severity: 'warning',
      file: person.source.file,
      ...person.source.locate(['consent']),
      field: 'consent',
      rule: 'consent-future',
      params: { value: typeof raw === 'string' ? raw.trim() : consent.toISOString().slice(0, 10) },
    });
  }
  const flag = (
    entry: Checked,
    field: string,
    path: Array<string | number>,
    id: string,
    kind: 'consentAuthor' | 'consentOther',
  ) => {
    const person = people.get(id);
    if (!person || hasConsent(person, now)) return;
    findings.push({
      severity: 'warning',
      file: entry.source.file,
      ...entry.source.locate(path),
      field,
      rule: 'no-consent',
      params: { value: `${String(person.data['name'])} (${id})`, hint: kind },
    });
  };
  for (const post of content.posts) {
    ((post.data['authors'] as string[]) ?? []).forEach((id, index) =>
      flag(post, `authors[${index}]`, ['authors', index], id, 'consentAuthor'),
    );
  }
  for (const team of content.teams) {
    ((team.data['members'] as string[]) ?? []).forEach((id, index) =>
      flag(team, `members[${index}]`, ['members', index], id, 'consentOther'),
    );
  }
  for (const video of content.videos) {
    ((video.data['people'] as string[]) ?? []).forEach((id, index) =>
      flag(video, `people[${index}]`, ['people', index], id, 'consentOther'),
    );
  }
  for (const job of content.jobs) {
    if (typeof job.data['contact'] === 'string') flag(job, 'contact', ['contact'], job.data['contact'], 'consentOther');
  }
  findings.push(...checkMentions(content, now));
  return findings;
}

/**
 * The build removes a person without consent from bylines, lists and structured data,
 * but it cannot rewrite prose: a full name in a title, description or body stays. The
 * check points at each such mention so an author can rephrase it.
 */
function checkMentions(content: CheckedContent, now: Date): Finding[] {
  const withdrawn = content.people
    .filter((person) => !hasConsent(person, now) && typeof person.data['name'] === 'string')
    .map((person) => ({ id: person.source.id, name: String(person.data['name']) }))
    .filter((person) => person.name.trim().includes(' '));
  if (withdrawn.length === 0) return [];
  const findings: Finding[] = [];
  for (const collection of ['posts', 'teams', 'videos', 'jobs', 'people'] as const) {
    for (const entry of content[collection]) {
      const texts: Array<[string, string | undefined, number | undefined]> = [
        ['title', entry.data['title'] as string | undefined, undefined],
        ['description', entry.data['description'] as string | undefined, undefined],
        ['(Text)', entry.source.body, entry.source.bodyLine],
      ];
      for (const person of withdrawn) {
        if (collection === 'people' && entry.source.id === person.id) continue;
        for (const [field, text, firstLine] of texts) {
          const index = typeof text === 'string' ? text.indexOf(person.name) : -1;
          if (index === -1) continue;
          const before = text!.slice(0, index).split('\n');
          const at =
            firstLine === undefined
              ? entry.source.locate([field])
              : { line: firstLine + before.length - 1, column: (before.at(-1)?.length ?? 0) + 1 };
          findings.push({
            severity: 'warning',
            file: entry.source.file,
            ...at,
            field,
            rule: 'no-consent-mention',
            params: { value: `${person.name} (${person.id})` },
          });
        }
      }
    }
  }
  return findings;
}

interface Gate {
  /** Who could proofread, as `Anna Berger (anna-berger)`. */
  proofreaders: string;
  /** The first candidate's id, for the example line. */
  example: string;
  /** `department` when the candidates are from the post's department, `other` when it has none left, `any` without one. */
  scope: 'department' | 'other' | 'any';
  departmentName: string | undefined;
}

/** Who could proofread a post: consenting people of its department other than its authors. */
function proofreadersFor(post: Checked, content: CheckedContent, now: Date): Gate {
  const department = post.data['department'] as string | undefined;
  const authors = new Set((post.data['authors'] as string[]) ?? []);
  const eligible = content.people
    .filter((person) => !authors.has(person.source.id) && hasConsent(person, now))
    .sort((a, b) => String(a.data['name']).localeCompare(String(b.data['name']), 'de'));
  const own = department ? eligible.filter((person) => person.data['department'] === department) : eligible;
  const chosen = (own.length > 0 ? own : eligible).slice(0, 5);
  const departmentName = content.departments.find((entry) => entry.source.id === department)?.data['name'] as string | undefined;
  return {
    proofreaders: chosen.map((person) => `${String(person.data['name'])} (${person.source.id})`).join(', ') || '—',
    example: chosen[0]?.source.id ?? 'anna-berger',
    scope: !department ? 'any' : own.length > 0 ? 'department' : 'other',
    departmentName: departmentName ?? department,
  };
}

/** The data-protection officer as named in site.yaml, for the "ask" hint. */
function officerOf(content: CheckedContent): string {
  const officer = (content.site[0]?.data['privacy'] as { officer?: { name?: string; email?: string } } | undefined)?.officer;
  return officer?.name ? `${officer.name}${officer.email ? `, ${officer.email}` : ''}` : '—';
}

/**
 * A published post names who proofread it and when privacy was cleared (if site.yaml asks
 * for it). A draft with an incomplete review gets a warning listing what is still missing,
 * so the gate is visible from the first `npm run new`.
 */
export function checkEditorialGate(content: CheckedContent, now: Date): Finding[] {
  const site = content.site[0]?.data;
  const editorial = site?.['editorial'] as { requireReview?: boolean } | undefined;
  if (!editorial?.requireReview) return [];
  const officer = officerOf(content);
  const findings: Finding[] = [];
  for (const post of content.posts) {
    // An entry the schema rejected is already reported; its raw dates are not comparable.
    if (!post.valid) continue;
    const draft = post.data['draft'] === true;
    const review = (post.data['review'] ?? {}) as { proofreadBy?: string; privacyClearedOn?: Date };
    const where = post.data['review'] === undefined ? post.source.locate([]) : post.source.locate(['review']);
    const missing: string[] = [];
    if (!review.proofreadBy) missing.push('review.proofreadBy');
    if (!(review.privacyClearedOn instanceof Date)) missing.push('review.privacyClearedOn');
    const gate = proofreadersFor(post, content, now);
    const params = {
      proofreaders: gate.proofreaders,
      example: gate.example,
      scope: gate.scope,
      department: gate.departmentName,
      officer,
    };
    if (draft) {
      if (missing.length > 0) {
        const at = post.source.locate(['draft']);
        findings.push({
          severity: 'warning',
          file: post.source.file,
          ...at,
          field: 'draft',
          rule: 'review-pending',
          params: { ...params, missing: missing.join(', ') },
        });
      }
      continue;
    }
    for (const field of missing) {
      findings.push({
        severity: 'error',
        file: post.source.file,
        ...where,
        field,
        rule: 'review-missing',
        params: { ...params, detail: field.replace('review.', '') },
      });
    }
    const authors = (post.data['authors'] as string[]) ?? [];
    if (review.proofreadBy && authors.includes(review.proofreadBy)) {
      findings.push({
        severity: 'error',
        file: post.source.file,
        ...post.source.locate(['review', 'proofreadBy']),
        field: 'review.proofreadBy',
        rule: 'review-self',
        params: { ...params, value: review.proofreadBy },
      });
    }
    if (review.privacyClearedOn instanceof Date && post.data['date'] instanceof Date) {
      if (review.privacyClearedOn.getTime() > post.data['date'].getTime()) {
        findings.push({
          severity: 'error',
          file: post.source.file,
          ...post.source.locate(['review', 'privacyClearedOn']),
          field: 'review.privacyClearedOn',
          rule: 'review-late',
          params: { value: review.privacyClearedOn.toISOString().slice(0, 10) },
        });
      }
    }
  }
  return findings;
}
