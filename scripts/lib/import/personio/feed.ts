import { ImportError, elementLines, listOf, parseXml, textOf } from '../xml.ts';

/**
 * Reads a Personio XML job feed (`https://<firma>.jobs.personio.de/xml`): root
 * `workzag-jobs`, one `position` per open job. Every element except `id` and `name`
 * may be missing.
 */

export interface Position {
  /** Line of the `<position>` in the feed. */
  line: number;
  id: string;
  subcompany: string;
  office: string;
  additionalOffices: string[];
  department: string;
  recruitingCategory: string;
  name: string;
  descriptions: Array<{ name: string; html: string }>;
  /** `permanent`, `intern`, `trainee`, `freelance`, `temporary`, `working_student`. */
  employmentType: string;
  /** `entry-level`, `experienced`, `executive`, `student`. */
  seniority: string;
  /** `full-time`, `part-time`, `flexible`. */
  schedule: string;
  /** `lt-1`, `1-2`, `2-5`, `5-7`, `7-10`, `10-15`, `ht15`. */
  yearsOfExperience: string;
  keywords: string[];
  occupation: string;
  occupationCategory: string;
  createdAt: string;
}

type Node = Record<string, unknown>;

/** Parses a feed; malformed XML, a wrong root or a repeated id fail with the line. */
export function parsePersonioFeed(text: string, file: string): Position[] {
  const document = parseXml(text, file, ['position', 'jobDescription', 'office']) as Node;
  if (!('workzag-jobs' in document)) {
    throw new ImportError('Das ist kein Personio-Feed: das Wurzelelement <workzag-jobs> fehlt.', file, 1, 1);
  }
  const root = document['workzag-jobs'];
  const lines = elementLines(text, 'position');
  const positions = listOf((root && typeof root === 'object' ? (root as Node)['position'] : undefined) as Node[] | undefined).map(
    (position, index): Position => {
      const offices = listOf(position['office'] as unknown[] | undefined).map(textOf);
      const additional = (position['additionalOffices'] as Node | undefined)?.['office'];
      return {
        line: lines[index] ?? 1,
        id: textOf(position['id']).trim(),
        subcompany: textOf(position['subcompany']).trim(),
        office: (offices[0] ?? '').trim(),
        additionalOffices: listOf(additional as unknown[] | undefined)
          .map((office) => textOf(office).trim())
          .filter(Boolean),
        department: textOf(position['department']).trim(),
        recruitingCategory: textOf(position['recruitingCategory']).trim(),
        name: textOf(position['name']).trim(),
        descriptions: listOf((position['jobDescriptions'] as Node | undefined)?.['jobDescription'] as Node[] | undefined).map(
          (description) => ({ name: textOf(description['name']).trim(), html: textOf(description['value']) }),
        ),
        employmentType: textOf(position['employmentType']).trim(),
        seniority: textOf(position['seniority']).trim(),
        schedule: textOf(position['schedule']).trim(),
        yearsOfExperience: textOf(position['yearsOfExperience']).trim(),
        keywords: textOf(position['keywords'])
          .split(',')
          .map((keyword) => keyword.trim())
          .filter(Boolean),
        occupation: textOf(position['occupation']).trim(),
        occupationCategory: textOf(position['occupationCategory']).trim(),
        createdAt: textOf(position['createdAt']).trim(),
      };
    },
  );
  const seen = new Map<string, number>();
  for (const position of positions) {
    if (!position.id) continue;
    const first = seen.get(position.id);
    if (first !== undefined) {
      throw new ImportError(
        `Die Stelle ${position.id} steht zweimal im Feed (zuerst in Zeile ${first}).`,
        file,
        position.line,
        1,
      );
    }
    seen.set(position.id, position.line);
  }
  return positions;
}
