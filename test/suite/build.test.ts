/**
 * The suite builds warning-free under -Werror with gcc and clang, from GNU make and BSD make, and the
 * kqueue backend that only a BSD links is at least compiled here, against the stand-in header.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSuite, copySuite, have, removeDir, sh, SUITE_SRC } from './swbench.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe('building swbench', () => {
  it.each([
    ['make', 'gcc'],
    ['make', 'clang'],
    ['bmake', 'gcc'],
    ['bmake', 'clang'],
  ])('%s CC=%s builds swbench and swbench-static with -Werror and no warning', async (make, cc) => {
    if (!have(make) || !have(cc)) throw new Error(`${make} and ${cc} are needed (scripts/setup.sh installs them)`);
    const b = await buildSuite(cc, make);
    dirs.push(b.dir);
    expect(b.output).toContain('-Werror');
    expect(b.output).toMatch(/-static -o swbench-static/);
    expect(b.output.toLowerCase()).not.toContain('warning');
    for (const bin of [b.swbench, b.swbenchStatic]) {
      const r = await sh(bin, ['list']);
      expect(r.code).toBe(0);
      expect(r.output).toMatch(/^socket\tcurve$/m);
    }
    // The static binary is static, and says which compiler built it.
    const file = await sh('file', [b.swbenchStatic]);
    if (file.code === 0) expect(file.output).toMatch(/statically linked/);
    const meta = JSON.parse((await sh(b.swbench, ['meta'])).output) as { cc: string };
    expect(meta.cc).toMatch(new RegExp(`^${cc} \\d+\\.\\d+\\.\\d+$`));
  });

  it('make check-kqueue compiles ev_kqueue.c against the stand-in header, and would catch an error in it', async () => {
    const ok = await buildSuite('cc', 'make', 'check-kqueue');
    dirs.push(ok.dir);
    expect(ok.output).toContain('-Icompat/standin');
    expect(ok.output).toContain('-DSW_HAVE_KQUEUE=1');
    expect(ok.output).toContain('-Werror');

    // The check is real: a type error in the kqueue code fails it, while the Linux build, where
    // ev_kqueue.c compiles to nothing, does not notice.
    const broken = copySuite();
    dirs.push(broken);
    const src = join(broken, 'ev_kqueue.c');
    writeFileSync(src, readFileSync(src, 'utf8').replace('#endif /* SW_HAVE_KQUEUE */', 'int kq_broken(void) { return (kqueue(1)); }\n#endif'));
    expect((await sh('make', ['check-kqueue'], broken)).code).not.toBe(0);
    expect((await sh('make', ['swbench'], broken)).code).toBe(0);
  });

  it('every source file includes platform.h first, and none sets a feature-test macro of its own', () => {
    // FreeBSD 14 and DragonFly 6 hide SA_RESETHAND and INADDR_LOOPBACK under the Makefile's
    // -D_POSIX_C_SOURCE unless platform.h undefines it before the first system header: a file that
    // includes a system header first compiles here and fails there.
    const files = readdirSync(SUITE_SRC).filter((f) => f.endsWith('.c'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const text = readFileSync(join(SUITE_SRC, f), 'utf8');
      expect(text.match(/^#include .*$/m)?.[0], f).toBe('#include "platform.h"');
      expect(text, f).not.toMatch(/^#\s*(define|undef)\s+_(POSIX_C|XOPEN|GNU|BSD|DEFAULT|NETBSD)_SOURCE/m);
    }
  });

  it('the stand-in header says plainly what it is', () => {
    const head = readFileSync(join(SUITE_SRC, 'compat/standin/sys/event.h'), 'utf8').split('\n').slice(0, 3).join('\n');
    expect(head).toMatch(/STAND-IN FOR COMPILE CHECKS ON LINUX ONLY/);
  });

  it('the Makefile uses nothing only one make understands (bmake would expand a GNU function to nothing)', () => {
    const mk = readFileSync(join(SUITE_SRC, 'Makefile'), 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('#'));
    const gnuOrBsdOnly = /%|\$\((shell|wildcard|patsubst|subst|filter|foreach|call|addprefix|addsuffix|notdir|basename)\b|^\s*(ifeq|ifneq|ifdef|ifndef|else|endif|include|-include)\b|^\.(if|ifdef|ifndef|else|endif|include|for)\b|:=|!=|\$\^/;
    expect(mk.filter((l) => gnuOrBsdOnly.test(l))).toEqual([]);
  });
});
