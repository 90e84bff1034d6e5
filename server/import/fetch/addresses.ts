import ipaddr from 'ipaddr.js'

/**
 * Whether an IP address is on the public internet: ipaddr.js's `unicast`
 * range, so not private, loopback, link-local, unique-local, carrier-grade
 * NAT, multicast, reserved or unspecified. An IPv4-mapped IPv6 address
 * (`::ffff:127.0.0.1`) is judged as the IPv4 address it carries; other IPv6
 * forms that embed an IPv4 address (6to4, NAT64, Teredo) are refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  return ipaddr.process(address).range() === 'unicast'
}
