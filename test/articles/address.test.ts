import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/articles/index.ts';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '0.0.0.0', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.10', '169.254.169.254',
    '100.100.100.200', '224.0.0.1', '255.255.255.255', '::1', '::', '[::1]', 'fe80::1', 'fd00:ec2::254', 'fc00::7', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::127.0.0.1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::', 'not-an-ip',
  ])('%s is private or local', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2002:808:808::'])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});
