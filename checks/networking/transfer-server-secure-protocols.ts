import { defineCheck, fail, pass } from '../../src/model/check.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';

const SECURE = new Set(['SFTP', 'FTPS']);

export default defineCheck({
  id: 'transfer-server-secure-protocols',
  title: 'AWS Transfer Family servers accept only encrypted protocols (SFTP, FTPS)',
  controlArea: 'networking',
  severity: 'high',
  nist: { sp800_53r5: ['SC-8', 'SC-8(1)', 'IA-5(1)'], sp800_171r2: ['3.13.8', '3.5.10'], sp800_171r3: ['03.13.08', '03.05.07'] },
  needs: ['transferServers'],
  rationale:
    'Plain FTP sends user names, passwords and every file in clear text, so anyone on the path reads the controlled-access data and the credentials to fetch more. SFTP and FTPS encrypt both. AS2 (business-to-business EDI) is flagged too: it is not a channel for genomic data. The endpoint type (PUBLIC, VPC with internet-facing addresses, or VPC internal) is reported as evidence.',
  remediation: {
    summary:
      'Remove FTP from the server’s protocols. Keep SFTP (or FTPS with a certificate); users keep their home directories and keys.',
    cli: 'aws transfer update-server --server-id SERVER_ID --protocols SFTP  # clients that only speak FTP stop connecting; FTPS also needs --certificate',
    docUrl: 'https://docs.aws.amazon.com/transfer/latest/userguide/edit-server-config.html',
  },
  evaluate({ transferServers }, { settings }) {
    return transferServers.map((server) => {
      const dbgap = holdsControlledData({ kind: 'transfer-server', name: server.serverId, tags: server.tags }, settings);
      const label = `Transfer server ${server.serverId}${dbgap ? ' (dbGaP)' : ''} (${server.endpointType ?? 'unknown'} endpoint)`;
      const insecure = server.protocols.filter((protocol) => !SECURE.has(protocol));
      if (insecure.length > 0) return fail(server, `${label} accepts ${insecure.join(', ')} alongside ${server.protocols.filter((protocol) => SECURE.has(protocol)).join(', ') || 'nothing encrypted'}.`, severityForStore(dbgap, 'high'));
      return pass(server, `${label} accepts only ${server.protocols.join(', ')}.`);
    });
  },
});
