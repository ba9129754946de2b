import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'transfer-server-logging',
  title: 'AWS Transfer Family servers log to CloudWatch',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: { sp800_53r5: ['AU-2', 'AU-3', 'AU-12'], sp800_171r2: ['3.3.1', '3.3.2'], sp800_171r3: ['03.03.01', '03.03.03'] },
  needs: ['transferServers'],
  rationale:
    'Who uploaded or downloaded which file, and from where, is recorded only in the server’s CloudWatch logs; CloudTrail sees the management calls, not the file transfers. Without a logging role or structured log destination, a disclosure through the server leaves no trail.',
  remediation: {
    summary:
      'Turn on logging for the server. Set structured log destinations (a CloudWatch log group) or a logging role that can write to CloudWatch Logs.',
    cli: 'aws transfer update-server --server-id SERVER_ID --structured-log-destinations arn:aws:logs:REGION:ACCOUNT:log-group:/aws/transfer/SERVER_ID:*  # adds logging; transfers are not interrupted',
    docUrl: 'https://docs.aws.amazon.com/transfer/latest/userguide/structured-logging.html',
  },
  evaluate({ transferServers }) {
    return transferServers.map((server) => {
      const label = `Transfer server ${server.serverId}`;
      if (server.structuredLogDestinations.length > 0) return pass(server, `${label} writes structured logs to ${server.structuredLogDestinations.join(', ')}.`);
      if (server.loggingRole) return pass(server, `${label} logs to CloudWatch through role ${server.loggingRole}.`);
      return fail(server, `${label} has neither a logging role nor a structured log destination: file transfers are not logged.`);
    });
  },
});
