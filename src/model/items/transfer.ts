/** Inventory item types of AWS Transfer Family. */
import type { ResourceRef } from '../inventory.js';

/** One Transfer Family server (ListServers + DescribeServer). */
export interface TransferServer extends ResourceRef {
  region: string;
  serverId: string;
  /** SFTP | FTPS | FTP | AS2; AWS's default is SFTP alone. */
  protocols: string[];
  /** PUBLIC | VPC | VPC_ENDPOINT. */
  endpointType?: string;
  state?: string;
  loggingRole?: string;
  structuredLogDestinations: string[];
  securityPolicyName?: string;
  tags: Record<string, string>;
}
