/**
 * Runs one build command and measures it: wall time, and memory in two ways.
 *
 * - `peakRssKb`: the largest resident set any single process of the build reached
 *   (kernel high-water mark). With GNU `/usr/bin/time -v` this is its "Maximum resident
 *   set size": the kernel's ru_maxrss of the command, which Linux carries up from every
 *   descendant that was waited for, so it is the peak of the biggest process in the tree
 *   (for Einblick the `astro build` child of scripts/build.ts), exact, not sampled.
 *   Without /usr/bin/time it is the largest VmHWM seen while polling /proc.
 * - `treePeakKb`: the largest sum of VmRSS over the whole process tree seen while
 *   polling /proc every `sampleMs` (approximate: a spike shorter than the interval can
 *   be missed). It is what the machine had to hold at once, worker processes included.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measurement {
  exitCode: number;
  wallMs: number;
  peakRssKb: number;
  /** Where peakRssKb comes from. */
  peakRssSource: 'gnu-time' | 'proc-vmhwm';
  treePeakKb: number;
  /**
   * When the largest single process was at its largest (ms after the start, sampled like
   * treePeakKb): which phase of the build the peak memory belongs to.
   */
  peakAtMs: number;
  /** Most processes seen in the tree at once (the time wrapper not counted). */
  maxProcesses: number;
  /**
   * CPU seconds (user + system) of the command and every descendant it waited for, from
   * GNU time; undefined without it. Far less sensitive to other load on the machine than
   * the wall time.
   */
  cpuS?: number;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout and stderr of the command go here. */
  logFile: string;
  sampleMs?: number;
}

const GNU_TIME = '/usr/bin/time';
/** How often /proc is polled; a full /proc scan per sample, so not too often on a busy machine. */
export const SAMPLE_MS = 200;

/** True when /usr/bin/time is GNU time (supports `-v -o`). */
function hasGnuTime(): boolean {
  if (!existsSync(GNU_TIME)) return false;
  try {
    const probe = spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' });
    return /GNU/.test(`${probe.stdout ?? ''}${probe.stderr ?? ''}`);
  } catch {
    return false;
  }
}

let gnuTime: boolean | undefined;
/** Process group of the build being measured (the child leads its own group). */
let runningGroup: number | undefined;

/** Ends the build being measured, with all its processes (for Ctrl-C on the benchmark). */
export function stopRunning(): void {
  if (runningGroup === undefined) return;
  try {
    process.kill(-runningGroup, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Parent pid of every process, from /proc/<pid>/stat. */
function processTable(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  return children;
}

function descendants(root: number): number[] {
  const table = processTable();
  const result: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    result.push(pid);
    queue.push(...(table.get(pid) ?? []));
  }
  return result;
}

/** VmRSS and VmHWM of a process in kB, or undefined once it is gone. */
function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(status);
    const hwm = /VmHWM:\s+(\d+)/.exec(status);
    return { rss: Number(rss?.[1] ?? 0), hwm: Number(hwm?.[1] ?? 0) };
  } catch {
    return undefined;
  }
}

/** Runs `command args` to completion with its output in `options.logFile`, and measures it. */
export async function measure(command: string, args: string[], options: RunOptions): Promise<Measurement> {
  gnuTime ??= hasGnuTime();
  const timeFile = `${options.logFile}.time`;
  rmSync(timeFile, { force: true });
  const [file, argv] = gnuTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const log = openSync(options.logFile, 'w');
  let treePeakKb = 0;
  let hwmPeakKb = 0;
  let processPeakKb = 0;
  let peakAtMs = 0;
  let maxProcesses = 0;
  const start = performance.now();
  // detached: the build gets its own process group, so stopRunning() reaches its workers too.
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log], detached: true });
  runningGroup = child.pid;
  const sample = () => {
    if (child.pid === undefined) return;
    // The time wrapper itself is not part of the build; start from its child.
    const tree = descendants(child.pid).filter((pid) => !gnuTime || pid !== child.pid);
    let sum = 0;
    let alive = 0;
    for (const pid of tree) {
      const memory = memoryOf(pid);
      if (!memory) continue;
      alive++;
      sum += memory.rss;
      hwmPeakKb = Math.max(hwmPeakKb, memory.hwm);
      if (memory.rss > processPeakKb) {
        processPeakKb = memory.rss;
        peakAtMs = performance.now() - start;
      }
    }
    treePeakKb = Math.max(treePeakKb, sum);
    maxProcesses = Math.max(maxProcesses, alive);
  };
  const timer = setInterval(sample, options.sampleMs ?? SAMPLE_MS);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallMs = performance.now() - start;
  runningGroup = undefined;
  clearInterval(timer);
  closeSync(log);

  let peakRssKb = hwmPeakKb;
  let peakRssSource: Measurement['peakRssSource'] = 'proc-vmhwm';
  let cpuS: number | undefined;
  if (gnuTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const user = /User time \(seconds\):\s*([\d.]+)/.exec(report);
    const system = /System time \(seconds\):\s*([\d.]+)/.exec(report);
    if (user && system) cpuS = Number(user[1]) + Number(system[1]);
    const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
    if (match) {
      peakRssKb = Number(match[1]);
      peakRssSource = 'gnu-time';
    }
    rmSync(timeFile, { force: true });
  }
  return {
    exitCode,
    wallMs,
    peakRssKb,
    peakRssSource,
    treePeakKb,
    peakAtMs,
    maxProcesses,
    ...(cpuS === undefined ? {} : { cpuS }),
  };
}
