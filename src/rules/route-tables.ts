/** Which route table a subnet uses, and which destinations it sends to an internet gateway. */
import { CidrSet, type IpFamily } from './cidr-set.js';

interface RouteTableLike {
  vpcId: string;
  subnetIds: string[];
  isMain: boolean;
  routes: Array<{ destinationCidr?: string; destinationIpv6Cidr?: string; target?: string; state?: string }>;
}

/** The route table a subnet uses: its explicit association, else its VPC's main table. */
export function routeTableForSubnet<T extends RouteTableLike>(tables: readonly T[], subnetId: string, vpcId: string | undefined): T | undefined {
  return tables.find((table) => table.subnetIds.includes(subnetId)) ?? tables.find((table) => table.isMain && table.vpcId === vpcId);
}

/**
 * The destinations of one family that the table sends to an internet gateway, as one set: 0.0.0.0/1 + 128.0.0.0/1
 * is the default route spelled in two. Egress-only gateways (eigw-) are not inbound paths; blackhole routes carry
 * nothing. Destinations that do not parse are returned apart: the caller decides what an unknown route means.
 */
export function internetGatewayDestinations(table: RouteTableLike, family: IpFamily): { destinations: CidrSet; malformed: string[] } {
  const destinations = table.routes.flatMap((route) => {
    const destination = family === 4 ? route.destinationCidr : route.destinationIpv6Cidr;
    const toGateway = (route.target ?? '').startsWith('igw-') && route.state !== 'blackhole';
    return destination !== undefined && toGateway ? [destination] : [];
  });
  const { set, malformed } = CidrSet.parse(destinations);
  return { destinations: set.only(family), malformed };
}
