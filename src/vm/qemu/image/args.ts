/**
 * The QEMU command line of a guest booted from a published image, per OS, from the target's `qemu`
 * settings (each with its source in target.json). Pure: settings in, arguments out, so a test can
 * hold every OS's line against the flags the projects that boot it in CI use.
 */
import type { Accel } from '../kvm.js';
import type { TargetDef } from '../../targets.js';

export interface ImageArgsInput {
  target: TargetDef;
  accel: Accel;
  /** 1 for the first boot attempt; later attempts take the conservative CPU (`cpuRetry`, default qemu64). */
  attempt: number;
  disk: { path: string; format: 'qcow2' | 'raw' };
  /** CD-ROMs in order: an install medium first, then the seed disk. */
  cdroms?: string[];
  /** Boot from the first CD-ROM (an installer) instead of the disk. */
  bootCd?: boolean;
  /** Loopback port forwarded to the guest's SSH. */
  sshPort?: number;
  /** Loopback port the guest reaches as http://10.0.2.100/ (an installer's answers). */
  answersPort?: number;
}

/** The CPU a boot attempt asks for. */
export function cpuFor(target: TargetDef, accel: Accel, attempt: number): string {
  const q = target.qemu;
  if (attempt > 1) return q?.cpuRetry ?? 'qemu64';
  return accel.accel === 'kvm' ? (q?.cpuKvm ?? 'host') : (q?.cpuTcg ?? 'max');
}

export function imageGuestArgs(o: ImageArgsInput): string[] {
  const q = o.target.qemu;
  const accel = o.accel.accel === 'kvm' ? 'kvm' : 'tcg,thread=multi';
  const bus = q?.disk ?? 'virtio';
  const net = ['user', 'id=n0'];
  if (o.sshPort !== undefined) net.push(`hostfwd=tcp:127.0.0.1:${o.sshPort}-:22`);
  if (o.answersPort !== undefined) net.push(`guestfwd=tcp:10.0.2.100:80-tcp:127.0.0.1:${o.answersPort}`);
  if (q?.netOptions) net.push(q.netOptions);
  const [nicModel, ...nicOptions] = (q?.nic ?? 'virtio-net-pci').split(',');
  return [
    '-machine', q?.machine ?? 'pc',
    '-accel', accel,
    '-cpu', cpuFor(o.target, o.accel, o.attempt),
    '-smp', String(q?.cpus ?? 2),
    '-m', String(q?.memoryMiB ?? 2048),
    // A VGA card and -nographic: SeaBIOS then mirrors the BIOS console to the serial port and reads
    // its keys from there, so a boot loader that talks to the BIOS console (OpenBSD's, NetBSD's,
    // DragonFly's) can be driven over the serial port before the OS switches to it.
    '-nodefaults', '-vga', 'std', '-nographic', '-serial', 'mon:stdio',
    '-no-reboot',
    '-rtc', 'base=utc,clock=host',
    '-drive', `file=${o.disk.path},if=${bus},format=${o.disk.format}`,
    ...(o.cdroms ?? []).flatMap((iso) => ['-drive', `file=${iso},if=ide,media=cdrom,readonly=on`]),
    '-boot', o.bootCd ? 'order=d' : bus === 'floppy' ? 'order=a' : 'order=c',
    '-netdev', net.join(','),
    '-device', [nicModel, 'netdev=n0', ...nicOptions].join(','),
  ];
}
