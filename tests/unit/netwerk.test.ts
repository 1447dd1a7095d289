import { describe, expect, it } from 'vitest';
import { isNetwerkPad, isUncPad, type NetwerkSysteem } from '../../electron/db/netwerk';

function systeem(deel: Partial<NetwerkSysteem>): NetwerkSysteem & { netUseVragen: string[] } {
  const netUseVragen: string[] = [];
  return {
    platform: 'win32',
    statfsType: () => null,
    echtPad: () => null,
    netUse: (schijf) => (netUseVragen.push(schijf), false),
    ...deel,
    netUseVragen,
  };
}

describe('network locations', () => {
  it('recognise UNC paths, not local long-path or device forms', () => {
    expect(isUncPad('\\\\gemeente-fs01\\beleid\\schoolinzet.db')).toBe(true);
    expect(isUncPad('//gemeente-fs01/beleid/schoolinzet.db')).toBe(true);
    expect(isUncPad('\\\\?\\UNC\\gemeente-fs01\\beleid\\x.db')).toBe(true);
    expect(isUncPad('\\\\?\\C:\\Users\\x.db')).toBe(false);
    expect(isUncPad('\\\\.\\pipe\\x')).toBe(false);
    expect(isUncPad('C:\\Users\\jansen\\schoolinzet.db')).toBe(false);
    expect(isUncPad('/home/jansen/schoolinzet.db')).toBe(false);
  });

  it('a UNC path is remote without asking the system', () => {
    const s = systeem({});
    expect(isNetwerkPad('\\\\server\\share\\schoolinzet.db', s)).toBe(true);
    expect(s.netUseVragen).toEqual([]);
  });

  it('on Windows, a mapped drive is remote (resolved to UNC, or known to net use)', () => {
    expect(isNetwerkPad('H:\\Beleid\\schoolinzet.db', systeem({ echtPad: () => '\\\\gemeente-fs01\\home$\\jansen\\Beleid' }))).toBe(true);
    const s = systeem({ netUse: (schijf) => schijf === 'H:' });
    expect(isNetwerkPad('h:\\Beleid\\schoolinzet.db', s)).toBe(true);
    expect(isNetwerkPad('C:\\Users\\jansen\\schoolinzet.db', s)).toBe(false);
  });

  it('on Linux, NFS and SMB/CIFS mounts are remote, ext4 and tmpfs are not', () => {
    const op = (type: number) => isNetwerkPad('/mnt/beleid/schoolinzet.db', systeem({ platform: 'linux', statfsType: () => type }));
    expect(op(0x6969)).toBe(true);
    expect(op(0xff534d42)).toBe(true);
    expect(op(0xfe534d42 | 0)).toBe(true); // statfs may report it as a negative 32-bit number
    expect(op(0xef53)).toBe(false);
    expect(op(0x01021994)).toBe(false);
  });

  it('a real local temp folder is not remote', () => {
    expect(isNetwerkPad(`${process.cwd()}/tests/fixtures/nog-niet.db`)).toBe(false);
    expect(isNetwerkPad(':memory:')).toBe(false);
  });
});
