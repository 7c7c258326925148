/**
 * The Vagrant adapter: the machine-readable parser as a table of lines, and the CLI wrapper
 * against a hand-written fake `vagrant` script that prints what Vagrant 2.3 prints.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { have } from './helpers.js';
import { ROOT } from '../../src/vm/paths.js';
import { listTargets } from '../../src/vm/targets.js';
import { VagrantCli, VagrantError } from '../../src/vm/vagrant/cli.js';
import { boxesFrom, errorFrom, parseRecord, parseRecords, parseSshConfig, statesFrom, unescapeField, uiText } from '../../src/vm/vagrant/output.js';

const FAKE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'fake-vagrant', 'vagrant');

describe('machine-readable records', () => {
  it.each([
    ['1795257421,,ui,warn,There are no installed boxes!', { timestamp: 1795257421, target: '', type: 'ui', data: ['warn', 'There are no installed boxes!'] }],
    ['1795257423,vagrant-libvirt,plugin-version,0.11.2%!(VAGRANT_COMMA) system', { timestamp: 1795257423, target: 'vagrant-libvirt', type: 'plugin-version', data: ['0.11.2, system'] }],
    ['1,m,ui,info,a\\nb\\r', { timestamp: 1, target: 'm', type: 'ui', data: ['info', 'a\nb\r'] }],
    ['1,m,state,running\r', { timestamp: 1, target: 'm', type: 'state', data: ['running'] }],
    ['1,m,action,up,start', { timestamp: 1, target: 'm', type: 'action', data: ['up', 'start'] }],
  ])('parses %j', (line, expected) => {
    expect(parseRecord(line)).toEqual(expected);
  });

  it.each(['', 'Bringing machine up...', 'abc,def,ui,info', '12,,', '12,,bad type!,x', '\x00\xff,junk'])('ignores non-records: %j', (line) => {
    expect(parseRecord(line)).toBeUndefined();
  });

  it('unescapes commas and newlines', () => {
    expect(unescapeField('a%!(VAGRANT_COMMA)b\\nc')).toBe('a,b\nc');
  });

  it('reads boxes, states, errors and ui text', () => {
    const recs = parseRecords(
      [
        '1,,box-name,generic/freebsd14',
        '1,,box-provider,libvirt',
        '1,,box-version,4.3.12',
        '1,,box-name,generic/freebsd14',
        '1,,box-provider,virtualbox',
        '1,,box-version,4.3.11',
        '1,debian-12,state,not_created',
        '1,,ui,info,hello%!(VAGRANT_COMMA) world',
        '1,,ui,error,bad',
        '1,,error-exit,Vagrant::Errors::VagrantError,it broke%!(VAGRANT_COMMA) badly',
      ].join('\n'),
    );
    expect(boxesFrom(recs)).toEqual([
      { name: 'generic/freebsd14', provider: 'libvirt', version: '4.3.12' },
      { name: 'generic/freebsd14', provider: 'virtualbox', version: '4.3.11' },
    ]);
    expect(statesFrom(recs).get('debian-12')).toBe('not_created');
    expect(errorFrom(recs)).toEqual({ kind: 'Vagrant::Errors::VagrantError', message: 'it broke, badly' });
    expect(uiText(recs)).toBe('hello, world');
  });

  it('reads an ssh-config, quoted paths and all', () => {
    expect(parseSshConfig('Host x\n  HostName 127.0.0.1\n  User vagrant\n  Port 2222\n  IdentityFile "/a b/key"\n  IdentityFile /second\n')).toEqual({
      host: '127.0.0.1',
      port: 2222,
      user: 'vagrant',
      identityFile: '/a b/key',
    });
    expect(parseSshConfig('Host x\n  HostName h\n')).toBeUndefined();
    expect(parseSshConfig('Host x\n  HostName h\n  User u\n  Port 99999\n  IdentityFile k\n')).toBeUndefined();
  });
});

describe('VagrantCli against a fake vagrant', () => {
  const logFile = join(mkdtempSync(join(tmpdir(), 'sw-fake-vagrant-')), 'log');
  const cli = (env: NodeJS.ProcessEnv = {}) => new VagrantCli({ bin: FAKE, cwd: tmpdir(), env: { FAKE_VAGRANT_LOG: logFile, VAGRANT_DOTFILE_PATH: '/tmp/dot', ...env } });

  it('lists boxes with provider and version', async () => {
    expect(await cli().boxList()).toEqual([
      { name: 'generic/freebsd14', provider: 'libvirt', version: '4.3.12' },
      { name: 'scalewatch/debian-12', provider: 'libvirt', version: '12.0.1' },
    ]);
    expect(readFileSync(logFile, 'utf8')).toContain(`box list --machine-readable | cwd=${tmpdir()} dotfile=/tmp/dot`);
  });

  it('reads a machine state and its SSH endpoint', async () => {
    expect(await cli().status('debian-12')).toBe('running');
    expect(await cli({ FAKE_STATE: 'shutoff' }).status('debian-12')).toBe('shutoff');
    expect(await cli().sshConfig('debian-12')).toEqual({ host: '192.0.2.10', port: 22, user: 'vagrant', identityFile: '/root/.vagrant.d/insecure_private_key' });
  });

  it('turns error-exit into a VagrantError with the class and one message', async () => {
    await expect(cli().up('debian-12', 'libvirt', 10_000)).resolves.toBeUndefined();
    const err = await cli({ FAKE_UP_FAIL: '1' })
      .up('debian-12', 'libvirt', 10_000)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VagrantError);
    expect((err as VagrantError).kind).toBe('Vagrant::Errors::BoxNotFound');
    expect((err as VagrantError).message).toBe("vagrant up failed: The box 'scalewatch/debian-12' could not be found, try again.\nSecond line.");
  });

  it('bounds every command in time and kills what it started', async () => {
    const t0 = Date.now();
    const err = await cli()
      .up('hangs', 'libvirt', 1000)
      .catch((e: unknown) => e);
    expect((err as VagrantError).kind).toBe('Timeout');
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('stops a command on abort', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 300);
    const err = await cli()
      .up('hangs', 'libvirt', 60_000, ac.signal)
      .catch((e: unknown) => e);
    expect((err as VagrantError).kind).toBe('Interrupted');
  });

  it('says clearly when vagrant is missing', async () => {
    const err = await new VagrantCli({ bin: '/nonexistent/vagrant', cwd: '/' }).boxList().catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/vagrant is not installed/);
  });
});

describe.skipIf(!have('vagrant'))('the real Vagrant CLI reads the project Vagrantfile', () => {
  it('defines one machine per vms/ target, none created', async () => {
    const cli = new VagrantCli({ cwd: ROOT, env: { VAGRANT_DOTFILE_PATH: mkdtempSync(join(tmpdir(), 'sw-vagrant-dot-')) } });
    const records = await cli.run(['status'], 60_000);
    const states = statesFrom(records);
    expect([...states.keys()].sort()).toEqual(listTargets());
    for (const s of states.values()) expect(s).toBe('not_created');
  });
});
