/**
 * The framing the initramfs /init writes on the guest's second serial port around each suite
 * invocation (runtime/vm/initramfs-init.sh). Pure: one line in, one frame out. The suite's own
 * lines pass through as `data`; a guest can forge frame lines, but only by writing them on purpose,
 * and the worst it gets is its own invocation ended early.
 */
export type Frame =
  | { kind: 'begin'; id: string }
  | { kind: 'end'; id: string; code: number; seconds: number; timedOut: boolean }
  | { kind: 'stderr'; id: string; text: string }
  | { kind: 'done' }
  | { kind: 'data'; text: string };

const PREFIX = '@@SW ';

export function parseFrame(line: string): Frame {
  if (!line.startsWith(PREFIX)) return { kind: 'data', text: line };
  const rest = line.slice(PREFIX.length);
  let m = /^BEGIN (\S+)$/.exec(rest);
  if (m) return { kind: 'begin', id: m[1]! };
  m = /^END (\S+) (\d{1,3}) (\d{1,9})( timeout)?$/.exec(rest);
  if (m) return { kind: 'end', id: m[1]!, code: Number(m[2]), seconds: Number(m[3]), timedOut: m[4] !== undefined };
  m = /^STDERR (\S+) ?(.*)$/.exec(rest);
  if (m) return { kind: 'stderr', id: m[1]!, text: m[2]! };
  if (rest === 'DONE') return { kind: 'done' };
  return { kind: 'data', text: line };
}
