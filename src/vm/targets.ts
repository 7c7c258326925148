/**
 * Targets are defined once, under vms/<name>/target.json: the OS, the Vagrant box and its pinned
 * version, the qemu driver's defaults, the provisioning script and the sysctls and limits the suite
 * needs. The Vagrantfile and both VM drivers read them from here (the Vagrantfile with Ruby's JSON).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type JSONSchemaType } from 'ajv';
import { UserError } from '../errors.js';
import type { DriverName } from './driver.js';
import { vmsDir } from './paths.js';

export type GuestOs = 'linux' | 'freebsd' | 'openbsd' | 'netbsd' | 'dragonfly';

export interface VagrantDef {
  box: string;
  /**
   * Pinned box version: a run never picks up a newer box by itself. ">= X" where the publisher's
   * version numbers could not be read here (docs/targets.md): the first run adds the newest, and
   * later runs keep the installed one.
   */
  version: string;
  providers: ('libvirt' | 'virtualbox')[];
  memoryMiB: number;
  cpus: number;
  bootLimitSec: number;
  /** Script under runtime/vm/ that builds this box on the machine when it is not installed (local boxes only). */
  localBuild?: string;
  /** False until a run on a real runner has booted this box (docs/targets.md says which ran). */
  verified: boolean;
  /** Per-OS libvirt settings the projects that boot this OS on runners needed; `source` names them. */
  libvirt?: LibvirtDef;
}

export interface LibvirtDef {
  /** A libvirt CPU model instead of the host's (cpu_mode custom). */
  cpuModel?: string;
  /** CPU features to turn off (e.g. pdpe1gb for OpenBSD). */
  cpuFeaturesOff?: string[];
  /** Extra QEMU arguments (e.g. -global virtio-net-pci.ctrl_vq=off for NetBSD). */
  qemuArgs?: string[];
  /** Where the setting comes from: the project and file that needed it. */
  source: string;
}

export interface QemuDef {
  /** `initramfs`: Linux fast path; `image`: a disk image built by `imageScript`. */
  mode: 'initramfs' | 'image';
  imageScript?: string;
  memoryMiB: number;
  cpus: number;
  bootLimitSec: number;
  bootLimitTcgSec: number;
  /** Extra kernel command line (Linux direct-kernel boot only). */
  append?: string;
}

export interface TargetDef {
  name: string;
  os: GuestOs;
  /** One line: release and where the box comes from. */
  description: string;
  defaultDriver: Exclude<DriverName, 'local'>;
  /** make program that reads the suite's Makefile in the guest (BSD make is `make` on the BSDs). */
  make: string;
  /** How the SSH user becomes root in the guest (`sudo`, or `doas` on OpenBSD). */
  become: string;
  /** Guest packages the provisioning installs (a C compiler, make), for the docs. */
  packages: string[];
  /** Shell script run as root in the guest before the suite is built; relative to vms/<name>/. */
  provision: string;
  /** Runtime sysctls the provisioning sets, by name. */
  sysctls: Record<string, string>;
  /** Resource limits the suite's shell raises before it runs (ulimit -n / -u). */
  limits: { nofile: number; nproc: number };
  vagrant: VagrantDef;
  qemu?: QemuDef;
  /**
   * The folder holding this target.json and its provisioning script; default vmsDir()/<name>.
   * Set for a definition read from elsewhere, e.g. one side's vms/<name>/ in `scalewatch ab`.
   */
  dir?: string;
}

const positive = { type: 'integer', minimum: 1 } as const;

const schema: JSONSchemaType<Omit<TargetDef, 'name' | 'dir'>> = {
  type: 'object',
  properties: {
    os: { type: 'string', enum: ['linux', 'freebsd', 'openbsd', 'netbsd', 'dragonfly'] },
    description: { type: 'string', minLength: 1 },
    defaultDriver: { type: 'string', enum: ['qemu', 'vagrant'] },
    make: { type: 'string', minLength: 1 },
    become: { type: 'string', enum: ['sudo', 'doas'] },
    packages: { type: 'array', items: { type: 'string' } },
    provision: { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' },
    sysctls: { type: 'object', required: [], additionalProperties: { type: 'string' } },
    limits: { type: 'object', properties: { nofile: positive, nproc: positive }, required: ['nofile', 'nproc'], additionalProperties: false },
    vagrant: {
      type: 'object',
      properties: {
        box: { type: 'string', pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' },
        // One pinned version, or a lower bound (">= 1.0.0") for a publisher that numbers by build.
        version: { type: 'string', pattern: '^(>= )?[0-9][0-9A-Za-z.+-]*$' },
        providers: { type: 'array', minItems: 1, items: { type: 'string', enum: ['libvirt', 'virtualbox'] } },
        memoryMiB: positive,
        cpus: positive,
        bootLimitSec: positive,
        verified: { type: 'boolean' },
        localBuild: { type: 'string', nullable: true, pattern: '^[A-Za-z0-9_.-]+$' },
        libvirt: {
          type: 'object',
          nullable: true,
          properties: {
            cpuModel: { type: 'string', nullable: true, pattern: '^[A-Za-z0-9_.-]+$' },
            cpuFeaturesOff: { type: 'array', nullable: true, items: { type: 'string', pattern: '^[a-z0-9_.-]+$' } },
            qemuArgs: { type: 'array', nullable: true, items: { type: 'string', pattern: '^[A-Za-z0-9_.,=:-]+$' } },
            source: { type: 'string', minLength: 1 },
          },
          required: ['source'],
          additionalProperties: false,
        },
      },
      required: ['box', 'version', 'providers', 'memoryMiB', 'cpus', 'bootLimitSec', 'verified'],
      additionalProperties: false,
    },
    qemu: {
      type: 'object',
      nullable: true,
      properties: {
        mode: { type: 'string', enum: ['initramfs', 'image'] },
        imageScript: { type: 'string', nullable: true, pattern: '^[A-Za-z0-9_.-]+$' },
        memoryMiB: positive,
        cpus: positive,
        bootLimitSec: positive,
        bootLimitTcgSec: positive,
        append: { type: 'string', nullable: true },
      },
      required: ['mode', 'memoryMiB', 'cpus', 'bootLimitSec', 'bootLimitTcgSec'],
      additionalProperties: false,
    },
  },
  required: ['os', 'description', 'defaultDriver', 'make', 'become', 'packages', 'provision', 'sysctls', 'limits', 'vagrant'],
  additionalProperties: true,
};

const validate = new Ajv({ allErrors: false }).compile(schema);

/** Parse and check one target definition. Pure: the text in, the definition or a sentence out. */
export function parseTarget(name: string, text: string): TargetDef {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UserError(`vms/${name}/target.json is not valid JSON: ${(err as Error).message}.`);
  }
  if (!validate(data)) {
    const e = validate.errors?.[0];
    throw new UserError(`vms/${name}/target.json is invalid: ${e ? `${e.instancePath || '/'} ${e.message ?? ''}`.trim() : 'unknown error'}.`);
  }
  // `dir` is where the definition was read from, never something a target.json says.
  const def: TargetDef = { ...data, name };
  delete def.dir;
  return def;
}

/** The names of every defined target, sorted. */
export function listTargets(dir = vmsDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'target.json')))
    .map((e) => e.name)
    .sort();
}

export function loadTarget(name: string, dir = vmsDir()): TargetDef {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(name) || !existsSync(join(dir, name, 'target.json'))) {
    const known = listTargets(dir);
    throw new UserError(`Unknown target "${name}"; defined targets are: local, ${known.join(', ')}.`);
  }
  const def = parseTarget(name, readFileSync(join(dir, name, 'target.json'), 'utf8'));
  if (!existsSync(join(dir, name, def.provision))) throw new UserError(`vms/${name}/target.json names a provisioning script ${def.provision} that does not exist.`);
  return def;
}

/**
 * Read the definition of target `name` from `dir`, a folder laid out like vms/<name>/ (target.json and
 * the provisioning script it names), e.g. one side's export in `scalewatch ab`; the result remembers
 * the folder (`dir`). Undefined when the folder has no target.json.
 */
export function loadTargetFrom(name: string, dir: string): TargetDef | undefined {
  const file = join(dir, 'target.json');
  if (!existsSync(file)) return undefined;
  const def = parseTarget(name, readFileSync(file, 'utf8'));
  if (!existsSync(join(dir, def.provision))) throw new UserError(`${file} names a provisioning script ${def.provision} that does not exist.`);
  return { ...def, dir };
}

/** Two definitions alike in everything but where they were read from (`dir`). */
export function sameTarget(a: TargetDef, b: TargetDef): boolean {
  return canonical(a) === canonical(b);
}

function canonical(def: TargetDef): string {
  const rest: TargetDef = { ...def };
  delete rest.dir;
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([k, x]) => [k, sortKeys(x)])) : v;
  return JSON.stringify(sortKeys(rest));
}

/** The provisioning script's path for a target: in its own folder (`dir`), else under vms/. */
export function provisionPath(def: TargetDef, dir = vmsDir()): string {
  return def.dir ? join(def.dir, def.provision) : join(dir, def.name, def.provision);
}
