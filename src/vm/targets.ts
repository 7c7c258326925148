/**
 * Targets are defined once, under vms/<name>/target.json: the OS, the published image a BSD target
 * boots (URL and checksum) and how its first boot is prepared, the locally built Vagrant box, the qemu
 * driver's settings, the provisioning script and the sysctls and limits the suite needs. The
 * Vagrantfile and both VM drivers read them from here (the Vagrantfile with Ruby's JSON).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type JSONSchemaType } from 'ajv';
import { UserError } from '../errors.js';
import type { DriverName } from './driver.js';
import { vmsDir } from './paths.js';

export type GuestOs = 'linux' | 'freebsd' | 'openbsd' | 'netbsd' | 'dragonfly';

export interface VagrantDef {
  /** Always `scalewatch/<name>`: every box is built on the machine from the target's own image; none comes from a registry. */
  box: string;
  /** The box's version: the release of the image it is built from. */
  version: string;
  providers: ('libvirt' | 'virtualbox')[];
  memoryMiB: number;
  cpus: number;
  bootLimitSec: number;
  /** Script under runtime/vm/ that builds this box on the machine when it is not installed. */
  localBuild: string;
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

/**
 * The OS project's own image or install medium, pinned: the URL, the checksum the project publishes
 * (or an anchor that boots it pins), how it is compressed, and how its first boot is prepared.
 */
export interface ImageDef {
  /** The OS release it holds, e.g. "14.3". */
  release: string;
  url: string;
  /** "sha256:<hex>", "sha512:<hex>" or "md5:<hex>" (DragonFly publishes md5 only) of the file at `url`. */
  checksum: string;
  compression: 'xz' | 'bzip2' | 'gzip' | 'none';
  /** A ready disk (qcow2, raw) or an installer medium (iso, or a raw installer disk with `installDiskGiB`). */
  format: 'qcow2' | 'raw' | 'iso';
  /** The file system the suite's scratch files live on in the guest (ufs, zfs, ffs, hammer2…). */
  filesystem: string;
  /** Where the checksum was read. */
  source: string;
  /** Installer media: the size of the empty disk it installs onto. */
  installDiskGiB?: number;
  firstBoot: FirstBootDef;
}

/**
 * The one boot that turns a published image into the prepared one kept in the cache: the guest gets a
 * seed disk (ISO 9660, label `cidata`) holding `firstboot.sh` with the run's public key in it, and
 * either reads it itself (`nuageinit`: FreeBSD's cloud images run a user-data script) or is told to
 * run it over the serial console (`console`: each step waits for a text, then types a line). The
 * script gives root the key, turns sshd on and the console to the serial port, and powers off; QEMU
 * exiting cleanly is the sign that it is done.
 */
export interface FirstBootDef {
  method: 'nuageinit' | 'console';
  /** Shell script under vms/<name>/, run as root in the guest (none where an installer's answers do it all). */
  script?: string;
  steps?: ConsoleStep[];
  /** A file under vms/<name>/ served at http://10.0.2.100/<file> during the first boot (OpenBSD's autoinstall response file). */
  answers?: string;
  limitSec: number;
  limitTcgSec: number;
}

export interface ConsoleStep {
  /** Text to wait for on the serial console. */
  expect: string;
  /** The line typed once it appears (a newline follows). */
  send: string;
  /** Seconds to wait for `expect` (default: what is left of the first boot's limit). */
  timeoutSec?: number;
}

export interface QemuDef {
  /** `initramfs`: Linux fast path; `image`: a disk image built by `imageScript` or published (`image`). */
  mode: 'initramfs' | 'image';
  imageScript?: string;
  /** The machine type (pc unless the anchors need another). */
  machine?: string;
  /** The disk's bus: virtio-blk, IDE for an OS whose virtio disk driver is not to be trusted, or a floppy drive for a boot floppy (the tests' OpenBSD 5.1). */
  disk?: 'virtio' | 'ide' | 'floppy';
  /** The NIC: virtio-net-pci or e1000, with options such as ctrl_vq=off. */
  nic?: string;
  /** Options added to -netdev user (e.g. ipv6=off). */
  netOptions?: string;
  /** CPU under KVM on the first boot attempt (default host), under TCG (default max), and on a retry after a stalled boot (default qemu64). */
  cpuKvm?: string;
  cpuTcg?: string;
  cpuRetry?: string;
  /** Where the per-OS settings come from. */
  source?: string;
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
  /** The published image a BSD target boots (absent for targets whose image is built here). */
  image?: ImageDef;
  /**
   * The folder holding this target.json and its provisioning script; default vmsDir()/<name>.
   * Set for a definition read from elsewhere, e.g. one side's vms/<name>/ in `scalewatch ab`.
   */
  dir?: string;
}

const positive = { type: 'integer', minimum: 1 } as const;
const cpuPattern = '^[A-Za-z0-9_.-]+(,[+-]?[A-Za-z0-9_.=-]+)*$';

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
        // Built on the machine from the target's own image: a box registry may close (HashiCorp's did).
        box: { type: 'string', pattern: '^scalewatch/[A-Za-z0-9_.-]+$' },
        version: { type: 'string', pattern: '^[0-9][0-9A-Za-z.+-]*$' },
        providers: { type: 'array', minItems: 1, items: { type: 'string', enum: ['libvirt', 'virtualbox'] } },
        memoryMiB: positive,
        cpus: positive,
        bootLimitSec: positive,
        verified: { type: 'boolean' },
        localBuild: { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' },
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
      required: ['box', 'version', 'localBuild', 'providers', 'memoryMiB', 'cpus', 'bootLimitSec', 'verified'],
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
        machine: { type: 'string', nullable: true, pattern: '^[a-z0-9_.,=-]+$' },
        disk: { type: 'string', nullable: true, enum: ['virtio', 'ide', 'floppy'] },
        nic: { type: 'string', nullable: true, pattern: '^(virtio-net-pci|e1000)(,[a-z0-9_]+=[a-z0-9_]+)*$' },
        netOptions: { type: 'string', nullable: true, pattern: '^[a-z0-9_]+=[a-z0-9_.]+(,[a-z0-9_]+=[a-z0-9_.]+)*$' },
        cpuKvm: { type: 'string', nullable: true, pattern: cpuPattern },
        cpuTcg: { type: 'string', nullable: true, pattern: cpuPattern },
        cpuRetry: { type: 'string', nullable: true, pattern: cpuPattern },
        source: { type: 'string', nullable: true },
      },
      required: ['mode', 'memoryMiB', 'cpus', 'bootLimitSec', 'bootLimitTcgSec'],
      additionalProperties: false,
    },
    image: {
      type: 'object',
      nullable: true,
      properties: {
        release: { type: 'string', minLength: 1 },
        url: { type: 'string', pattern: '^https://[A-Za-z0-9.-]+/[A-Za-z0-9_./+-]+$' },
        checksum: { type: 'string', pattern: '^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128}|md5:[0-9a-f]{32})$' },
        compression: { type: 'string', enum: ['xz', 'bzip2', 'gzip', 'none'] },
        format: { type: 'string', enum: ['qcow2', 'raw', 'iso'] },
        filesystem: { type: 'string', pattern: '^[a-z0-9]+$' },
        source: { type: 'string', minLength: 1 },
        installDiskGiB: { type: 'integer', nullable: true, minimum: 2, maximum: 256 },
        firstBoot: {
          type: 'object',
          properties: {
            method: { type: 'string', enum: ['nuageinit', 'console'] },
            script: { type: 'string', nullable: true, pattern: '^[A-Za-z0-9_.-]+$' },
            steps: {
              type: 'array',
              nullable: true,
              items: {
                type: 'object',
                properties: { expect: { type: 'string', minLength: 1 }, send: { type: 'string' }, timeoutSec: { type: 'integer', nullable: true, minimum: 1 } },
                required: ['expect', 'send'],
                additionalProperties: false,
              },
            },
            answers: { type: 'string', nullable: true, pattern: '^[A-Za-z0-9_.-]+$' },
            limitSec: positive,
            limitTcgSec: positive,
          },
          required: ['method', 'limitSec', 'limitTcgSec'],
          additionalProperties: false,
        },
      },
      required: ['release', 'url', 'checksum', 'compression', 'format', 'filesystem', 'source', 'firstBoot'],
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
  checkImageFiles(def, join(dir, name));
  return def;
}

/** The first boot's script and answers file must be there beside target.json. */
function checkImageFiles(def: TargetDef, dir: string): void {
  const fb = def.image?.firstBoot;
  for (const file of [fb?.script, fb?.answers]) {
    if (file !== undefined && !existsSync(join(dir, file))) throw new UserError(`vms/${def.name}/target.json names a first-boot file ${file} that does not exist.`);
  }
  if (def.image && def.image.format === 'iso' && def.image.installDiskGiB === undefined) throw new UserError(`vms/${def.name}/target.json: an install medium (format iso) needs installDiskGiB, the disk it installs onto.`);
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
  checkImageFiles(def, dir);
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
  return targetFile(def, def.provision, dir);
}

/** A file beside the target's target.json (a first-boot script, an answers file). */
export function targetFile(def: TargetDef, file: string, dir = vmsDir()): string {
  return def.dir ? join(def.dir, file) : join(dir, def.name, file);
}
